/**
 * A table exactly as the dashboard shows it, for saving (Ctrl-S): only the
 * shown columns (vendor filter, in screen order), the rows left by the filters
 * and the sort, and no rows of folded groups. The printers then write it as
 * any other view, so the saved file and the screen agree.
 */
import type { TableModel, TableRow } from './types.js';

export interface ShownState {
  /** Indexes into `table.columns` (and every row's cells) of the shown columns, in order. */
  columns: readonly number[];
  /** The rows on screen, filtered and sorted. */
  rows: readonly TableRow[];
  /** Folded group ids: their rows are left out. */
  folded?: readonly string[];
}

export function tableAsShown(table: TableModel, shown: ShownState): TableModel {
  const folded = new Set(shown.folded ?? []);
  const rows = shown.rows
    .filter((r) => r.group === undefined || !folded.has(r.group))
    // Cells move to the shown columns, so a lazy row's `peek` (by the old indexes) is left behind.
    .map(({ peek: _peek, ...r }) => ({ ...r, cells: shown.columns.map((i) => r.cells[i] ?? { text: '' }) }));
  const groups = new Set(rows.map((r) => r.group));
  return {
    ...table,
    columns: shown.columns.flatMap((i) => (table.columns[i] ? [table.columns[i]] : [])),
    rows,
    ...(table.groups ? { groups: table.groups.filter((g) => groups.has(g.id)) } : {}),
    frozen: Math.min(table.frozen, shown.columns.length),
  };
}
