/**
 * The row filters a table view can take, from the command line or the
 * dashboard: differences only, categories, statuses and a search. One pure
 * function decides which rows pass, so a printed view and the screen with the
 * same filters show the same rows. `filterView` narrows a built view's table
 * and its JSON object together, with the sources that the rows left cite.
 */
import type { Status } from '../data/schema.js';
import type { Landscape } from '../model/landscape.js';
import { haystack, needleOf } from '../model/search.js';
import { statusOf } from './lazy.js';
import { type SourceJson, sourcesCited } from './sourcesCited.js';
import type { BuiltView, TableModel, TableRow, ViewName } from './types.js';

export interface RowFilter {
  /** Rows where the shown vendors do not all agree. */
  differencesOnly?: boolean;
  /** Rows of these groups (category ids); empty or absent: every group. */
  categories?: readonly string[];
  /** Rows where any shown vendor has one of these statuses. */
  statuses?: readonly Status[];
  /** Rows whose text (cells, notes) holds this, as `/` matches it. */
  search?: string;
}

export type FilterName = keyof RowFilter;

/** The flag of each filter, as people type it. */
export const FILTER_FLAGS: Record<FilterName, string> = {
  differencesOnly: '--only-differences',
  categories: '--category',
  statuses: '--status',
  search: '--search',
};

/** The filters each view takes: where a filter means nothing (a scorecard has no statuses), it is refused. */
export const VIEW_FILTERS: Record<ViewName, readonly FilterName[]> = {
  overview: ['search'],
  features: ['differencesOnly', 'categories', 'statuses', 'search'],
  compute: ['differencesOnly', 'statuses', 'search'],
  deals: ['search'],
  market: ['search'],
  scorecard: [],
  sources: ['search'],
  changes: ['statuses', 'search'],
};

/** Whether a filter asks for anything. */
export function isActive(f: RowFilter): boolean {
  return (
    f.differencesOnly === true ||
    (f.categories?.length ?? 0) > 0 ||
    (f.statuses?.length ?? 0) > 0 ||
    needleOf(f.search ?? '') !== ''
  );
}

/** The filters in `f` that ask for something. */
export function activeFilters(f: RowFilter): FilterName[] {
  const names: FilterName[] = [];
  if (f.differencesOnly) names.push('differencesOnly');
  if ((f.categories?.length ?? 0) > 0) names.push('categories');
  if ((f.statuses?.length ?? 0) > 0) names.push('statuses');
  if (needleOf(f.search ?? '') !== '') names.push('search');
  return names;
}

/**
 * The cell indexes holding the shown vendors' statuses: the status columns of
 * a matrix, else every column whose cells carry a status (the Changes view).
 */
export function statusIndexes(table: Pick<TableModel, 'columns' | 'rows'>): number[] {
  const marked = table.columns.flatMap((c, i) => (c.status ? [i] : []));
  if (marked.length > 0) return marked;
  return table.columns.flatMap((_, i) => (table.rows.some((r) => r.cells[i]?.status) ? [i] : []));
}

/** A predicate for rows, given where the shown vendors' statuses are (`statusAt`: cell indexes). */
export function rowPredicate(f: RowFilter, statusAt: readonly number[]): (row: TableRow) => boolean {
  const categories = (f.categories?.length ?? 0) > 0 ? new Set(f.categories) : undefined;
  const statuses = (f.statuses?.length ?? 0) > 0 ? new Set<string>(f.statuses) : undefined;
  const needle = needleOf(f.search ?? '');
  const diff = f.differencesOnly === true && statusAt.length > 0;
  return (row) => {
    if (categories && !categories.has(row.group ?? '')) return false;
    if (diff && agree(row, statusAt)) return false;
    if (statuses && !statusAt.some((i) => statuses.has(statusOf(row, i) ?? ''))) return false;
    // Every row is searched, whatever is folded on screen.
    if (needle !== '' && !haystack(row).includes(needle)) return false;
    return true;
  };
}

/** Whether the row's cells at `statusAt` all hold one status (read without building a lazy row's cells). */
function agree(row: TableRow, statusAt: readonly number[]): boolean {
  const first = statusOf(row, statusAt[0] as number);
  for (let k = 1; k < statusAt.length; k++) if (statusOf(row, statusAt[k] as number) !== first) return false;
  return true;
}

/** The rows of `table` that pass `f` (all of them, the same array, when nothing is asked). */
export function filterRows(
  table: Pick<TableModel, 'columns' | 'rows'>,
  f: RowFilter,
  statusAt?: readonly number[],
): TableRow[] {
  if (!isActive(f)) return table.rows;
  return table.rows.filter(rowPredicate(f, statusAt ?? statusIndexes(table)));
}

/** The table with only the rows that pass, and only the groups that still have rows. */
export function filterTable<T extends Pick<TableModel, 'columns' | 'rows' | 'groups'>>(table: T, f: RowFilter): T {
  if (!isActive(f)) return table;
  const rows = filterRows(table, f);
  const used = new Set(rows.map((r) => r.group));
  return { ...table, rows, ...(table.groups ? { groups: table.groups.filter((g) => used.has(g.id)) } : {}) };
}

/** Source ids a row cites, through its cells. */
export function rowSources(row: TableRow): string[] {
  return row.cells.flatMap((c) => c.cite?.sources ?? []);
}

/**
 * The view with its table filtered and its JSON object narrowed to the same
 * rows (`rows` by id, the Changes view's `events` by row order), and `sources`
 * to what those rows cite. An unfiltered view is returned as it is.
 */
export function filterView(view: BuiltView, f: RowFilter, land: Landscape): BuiltView {
  if (!isActive(f)) return view;
  const table = filterTable(view.table, f);
  const keep = new Set(table.rows);
  const keptIds = new Set(table.rows.map((r) => r.id));
  const json = { ...view.json } as Record<string, unknown> & BuiltView['json'];
  if (Array.isArray(json.rows)) json.rows = (json.rows as { id?: string }[]).filter((r) => keptIds.has(r.id ?? ''));
  if (Array.isArray(json.events)) {
    const events = json.events as unknown[];
    json.events = events.filter((_, i) => {
      const row = view.table.rows[i];
      return row !== undefined && keep.has(row);
    });
  }
  if (Array.isArray(json.sources)) {
    const cited = sourcesCited(land, table.rows.flatMap(rowSources));
    const was = new Set((json.sources as SourceJson[]).map((s) => s.id));
    json.sources = cited.filter((s) => was.has(s.id));
  }
  json.filter = filterJson(f);
  return { table, json };
}

/** The filter as the JSON output records it. */
export function filterJson(f: RowFilter): Record<string, unknown> {
  return {
    differencesOnly: f.differencesOnly === true,
    categories: [...(f.categories ?? [])],
    statuses: [...(f.statuses ?? [])],
    search: f.search ?? '',
  };
}
