/**
 * Laziness for large view models. `withLazyJson`: a built view whose JSON
 * object is made the first time a printer asks for it, so the dashboard never
 * pays for a second copy of every cell. `lazyRow`: a table row whose cells
 * (and search text) are built the first time something reads them, with a
 * `peek` that answers a cell's text and status without building the row, so
 * a 5,000-row matrix builds only the rows a screen draws while its filters,
 * search and sort still see every row.
 */
import type { Status } from '../data/schema.js';
import type { SortCell } from '../model/sort.js';
import type { BuiltView, RowPeek, TableCell, TableRow } from './types.js';

export function withLazyJson(table: BuiltView['table'], makeJson: () => BuiltView['json']): BuiltView {
  let json: BuiltView['json'] | undefined;
  return {
    table,
    get json() {
      json ??= makeJson();
      return json;
    },
  };
}

/** Rows whose cells have been made (for tests and diagnostics: `cellsBuilt`). */
const built = new WeakSet<TableRow>();

/**
 * A row whose `cells` are made on first read and then kept, and whose
 * `searchText` is made when read.
 * `peek` must agree with the cells `cells()` makes (same text and status at
 * every index). Every row from one call site shares one shape, so reading
 * `id`, `group` or `peek` stays as fast as on an ordinary row.
 */
export function lazyRow(
  row: Pick<TableRow, 'id' | 'group'>,
  make: { cells: () => TableCell[]; searchText: () => string; peek: RowPeek },
): TableRow {
  let cells: TableCell[] | undefined;
  return {
    id: row.id,
    group: row.group,
    peek: make.peek,
    get cells() {
      if (!cells) {
        cells = make.cells();
        built.add(this);
      }
      return cells;
    },
    // Not kept: search keeps the lower-cased text it makes from it (model/search.ts), one copy is enough.
    get searchText() {
      return make.searchText();
    },
  };
}

/** Whether a row's cells are made yet (a lazy row's are not until something reads them). */
export function cellsBuilt(row: TableRow): boolean {
  return !row.peek || built.has(row);
}

/** The status of cell `i`, without building a lazy row's cells. */
export function statusOf(row: TableRow, i: number): Status | undefined {
  return row.peek ? row.peek.status(i) : row.cells[i]?.status;
}

/** The text of cell `i`, without building a lazy row's cells. */
export function textOf(row: TableRow, i: number): string | undefined {
  if (!row.peek) return row.cells[i]?.text;
  return i < row.peek.length ? row.peek.text(i) : undefined;
}

/** What cell `i` sorts by (its text, status and sort key), without building a lazy row's cells. */
export function sortCellOf(row: TableRow, i: number): SortCell | undefined {
  if (!row.peek) return row.cells[i];
  if (i >= row.peek.length) return undefined;
  const status = row.peek.status(i);
  const sort = row.peek.sort?.(i);
  return { text: row.peek.text(i), ...(status ? { status } : {}), ...(sort !== undefined ? { sort } : {}) };
}
