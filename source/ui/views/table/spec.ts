/** The spec most views share: a scrolling table with its notes (or the status legend) under it. */
import type { ViewName } from '../../../views/types.js';
import { defineSpec, legendFooter, type ViewSpec } from '../spec.js';
import { TableView } from './TableView.js';

export function tableSpec(name: ViewName, opts: { projected?: boolean } = {}): ViewSpec {
  return defineSpec({
    name,
    projected: opts.projected ?? false,
    footer: (table, matrix) => (matrix ? legendFooter(table) : (table.notes ?? []).slice(0, 2)),
    split: ({ fullBody, lineHeight }) => ({
      bodyHeight: fullBody,
      page: Math.max(1, Math.floor(fullBody / lineHeight)),
    }),
    Body: TableView,
  });
}
