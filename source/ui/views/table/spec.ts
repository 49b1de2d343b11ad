/** The spec most views share: a scrolling table with its notes (or the status legend) under it. */
import type { TableModel, ViewName } from '../../../views/types.js';
import { defineSpec, legendFooter, type ViewSpec } from '../spec.js';
import { tableBodyLines } from './tableLines.js';

/**
 * `keyNote`: a line only the dashboard shows under the notes, naming its keys
 * (the view model's notes are printed too, where no key does anything).
 */
export function tableSpec(
  name: ViewName,
  opts: { projected?: boolean; keyNote?: (table: TableModel) => string | undefined } = {},
): ViewSpec {
  return defineSpec({
    name,
    projected: opts.projected ?? false,
    footer: (table, matrix) => {
      if (matrix) return legendFooter(table);
      const keyNote = opts.keyNote?.(table);
      return [...(table.notes ?? []), ...(keyNote ? [keyNote] : [])];
    },
    split: ({ fullBody, lineHeight }) => ({
      bodyHeight: fullBody,
      page: Math.max(1, Math.floor(fullBody / lineHeight)),
    }),
    lines: tableBodyLines,
  });
}
