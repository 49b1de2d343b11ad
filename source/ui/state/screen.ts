/**
 * What a table view shows for a navigation state: vendor columns projected to
 * the shown vendors, rows filtered (differences only), sorted, grouped into
 * lines with foldable category headers, and search matches. Pure, and split
 * into stages so each key recomputes only what it changed (see useScreen).
 */
import stringWidth from 'string-width';
import type { Status } from '../../data/schema.js';
import { findMatches } from '../../model/search.js';
import { type SortDir, sortWithinGroups } from '../../model/sort.js';
import { visibleLine } from '../../text/visible.js';
import { sortCellOf, statusOf, textOf } from '../../views/lazy.js';
import { isActive, type RowFilter, rowPredicate } from '../../views/rowFilter.js';
import { statusLabel } from '../../views/status.js';
import type { TableCell, TableColumn, TableModel, TableRow } from '../../views/types.js';

/** A table with its vendor columns limited to (and ordered as) the shown vendors. */
export interface Projected {
  table: TableModel;
  columns: TableColumn[];
  /** For each shown column, its index in `table.columns` and in every row's cells. */
  source: number[];
  /** Indexes (into `columns`) of the status columns. */
  statusCols: number[];
  /** Natural widths of the shown columns. */
  widths: number[];
  /** Widths each column would need to show its title and cells whole (beyond its usual maximum); spare room goes to these. */
  wants: number[];
}

export type Line =
  | { kind: 'group'; id: string; name: string; count: number; folded: boolean }
  | { kind: 'row'; row: TableRow };

export interface Shaped {
  lines: Line[];
  /** Group header line index → group id. */
  headers: Map<number, string>;
  groups: string[];
  /** Rows of each group (after the filter). */
  groupRows: Map<string, number>;
  /** Rows before the differences-only filter, and after. */
  total: number;
  shown: number;
}

const STATUS_WIDTH = (ascii: boolean) =>
  Math.max(
    ...(['ga', 'preview', 'partial', 'none', 'unknown'] as const).map((s) => stringWidth(statusLabel(s, ascii))),
  );

/** Projects vendor columns to `vendors` and measures every column (sampling long tables). */
export function project(table: TableModel, vendors: readonly string[], ascii: boolean, sampleRows = 1500): Projected {
  const source: number[] = [];
  const vendorIndex = new Map<string, number>();
  table.columns.forEach((c, i) => {
    if (c.vendor !== undefined) vendorIndex.set(c.vendor, i);
  });
  let vendorsPlaced = false;
  table.columns.forEach((c, i) => {
    if (c.vendor === undefined) source.push(i);
    else if (!vendorsPlaced) {
      vendorsPlaced = true;
      for (const v of vendors) {
        const idx = vendorIndex.get(v);
        if (idx !== undefined) source.push(idx);
      }
    }
  });
  const columns = source.map((i) => table.columns[i] as TableColumn);
  const statusCols = columns.flatMap((c, k) => (c.status ? [k] : []));
  const sample = table.rows.length > sampleRows ? table.rows.slice(0, sampleRows) : table.rows;
  // A claim's status carries one more cell for each kind of mark the table uses: stale, dated change, weak evidence.
  const statusW =
    STATUS_WIDTH(ascii) + (table.stale ? 1 : 0) + (table.marks?.change ? 1 : 0) + (table.marks?.weak ? 1 : 0);
  const wants = columns.map((col, k) => {
    const title = stringWidth(visibleLine(col.title));
    let w = col.status ? Math.max(title, statusW) : title;
    if (!col.status) {
      const i = source[k] as number;
      for (const row of sample) {
        const t = textOf(row, i);
        if (t) w = Math.max(w, t.length > 200 ? 200 : stringWidth(visibleLine(t)));
      }
    }
    return Math.max(col.minWidth ?? 1, w);
  });
  const widths = columns.map((col, k) => {
    const want = wants[k] as number;
    const w = col.status ? Math.max(Math.min(want, col.maxWidth ?? want), statusW) : want;
    return Math.max(col.minWidth ?? 1, Math.min(col.maxWidth ?? Number.POSITIVE_INFINITY, w));
  });
  return { table, columns, source, statusCols, widths, wants };
}

const projections = new WeakMap<TableModel, Map<string, Projected>>();

/**
 * `project`, kept per table, vendors and glyph set while the table lives: Tab
 * back to a view measures its columns again only when the vendors changed.
 */
const projectionKey = (vendors: readonly string[], ascii: boolean) => `${ascii ? 'a' : 'u'}|${vendors.join(',')}`;

/** Whether `projectKept` already holds this table's projection (the first visit then measures nothing). */
export function isProjected(table: TableModel, vendors: readonly string[], ascii: boolean): boolean {
  return projections.get(table)?.has(projectionKey(vendors, ascii)) ?? false;
}

export function projectKept(table: TableModel, vendors: readonly string[], ascii: boolean): Projected {
  let kept = projections.get(table);
  if (!kept) {
    kept = new Map();
    projections.set(table, kept);
  }
  const key = projectionKey(vendors, ascii);
  let p = kept.get(key);
  if (!p) {
    p = project(table, vendors, ascii);
    if (kept.size >= 8) kept.clear();
    kept.set(key, p);
  }
  return p;
}

/** The cell of a row for a shown column. */
export function cellAt(p: Projected, row: TableRow, col: number): TableCell | undefined {
  const i = p.source[col];
  return i === undefined ? undefined : row.cells[i];
}

/** Rows after the filters (the printed output's, views/rowFilter.ts, so the screen and --only-differences keep the same rows), the `f` status filter, and the sort. */
export function filterAndSort(
  p: Projected,
  filter: boolean | RowFilter,
  sort: { col: string; dir: SortDir } | undefined,
  status: Status | null = null,
): { rows: TableRow[]; total: number } {
  let rows: TableRow[] = p.table.rows;
  const f: RowFilter = typeof filter === 'boolean' ? { differencesOnly: filter } : filter;
  const shownStatus = p.statusCols.map((k) => p.source[k] as number);
  const statusAt = shownStatus.length > 0 ? shownStatus : undefined;
  if (isActive(f)) rows = rows.filter(rowPredicate(f, statusAt ?? []));
  // A row stays when some shown vendor has the status asked for.
  if (status && shownStatus.length > 0) rows = rows.filter((r) => shownStatus.some((i) => statusOf(r, i) === status));
  if (sort) {
    const k = p.columns.findIndex((c) => c.id === sort.col);
    if (k >= 0) {
      const i = p.source[k] as number;
      rows = sortWithinGroups(
        rows,
        (r) => r.group,
        (r) => sortCellOf(r, i),
        sort.dir,
        (r) => r.total === true || r.trailing === true,
      );
    }
  }
  return { rows, total: p.table.rows.length };
}

/** Lines of the table: rows, with a header before each group's rows; folded groups keep only the header. */
export function shape(table: TableModel, rows: readonly TableRow[], total: number, folded: readonly string[]): Shaped {
  const lines: Line[] = [];
  const headers = new Map<number, string>();
  const hasGroups = (table.groups?.length ?? 0) > 0 && rows.some((r) => r.group !== undefined);
  if (!hasGroups)
    return {
      lines: rows.map((row) => ({ kind: 'row', row })),
      headers,
      groups: [],
      groupRows: new Map(),
      total,
      shown: rows.length,
    };
  const names = new Map(table.groups?.map((g) => [g.id, g.name]) ?? []);
  const byGroup = new Map<string, TableRow[]>();
  for (const r of rows) {
    const g = r.group ?? '';
    const list = byGroup.get(g);
    if (list) list.push(r);
    else byGroup.set(g, [r]);
  }
  const foldedSet = new Set(folded);
  for (const [id, list] of byGroup) {
    const isFolded = foldedSet.has(id);
    headers.set(lines.length, id);
    lines.push({ kind: 'group', id, name: names.get(id) ?? id, count: list.length, folded: isFolded });
    if (!isFolded) for (const row of list) lines.push({ kind: 'row', row });
  }
  const groupRows = new Map([...byGroup].map(([id, list]) => [id, list.length]));
  return { lines, headers, groups: [...byGroup.keys()], groupRows, total, shown: rows.length };
}

/** The last search made: a keystroke searches once for the reducer's bounds, and the frame it draws finds it here. */
let lastMatch: { lines: readonly Line[]; query: string; found: number[] } | undefined;

/** Line indexes whose row matches the query (give it the open lines, every group unfolded, to search folded rows too). */
export function matchLines(lines: readonly Line[], query: string): number[] {
  if (lastMatch?.lines === lines && lastMatch.query === query) return lastMatch.found;
  const found = findMatches(lines, (l) => (l.kind === 'row' ? l.row : undefined), query);
  lastMatch = { lines, query, found };
  return found;
}

/** How a table's lines are grouped: each group's header, then its rows unless the group is folded. */
export interface GroupLayout {
  groups: readonly string[];
  groupRows: ReadonlyMap<string, number>;
}

/**
 * The line that `open` (a line index with every group unfolded, as search
 * counts them) is drawn on while `folded` are folded: its own line, or the
 * header of its folded group.
 */
export function foldedLine(l: GroupLayout, folded: ReadonlySet<string>, open: number): number {
  if (l.groups.length === 0) return open;
  let at = 0;
  let line = 0;
  for (const g of l.groups) {
    const rows = l.groupRows.get(g) ?? 0;
    if (open <= at + rows) return folded.has(g) ? line : line + (open - at);
    at += 1 + rows;
    line += 1 + (folded.has(g) ? 0 : rows);
  }
  return line;
}

/** The inverse of foldedLine: the line with every group unfolded for a line drawn while `folded` are folded. */
export function openLine(l: GroupLayout, folded: ReadonlySet<string>, line: number): number {
  if (l.groups.length === 0) return line;
  let at = 0;
  let drawn = 0;
  for (const g of l.groups) {
    const rows = l.groupRows.get(g) ?? 0;
    const shown = folded.has(g) ? 0 : rows;
    if (line <= drawn + shown) return at + (line - drawn);
    at += 1 + rows;
    drawn += 1 + shown;
  }
  return at;
}

/** The group an open line (see foldedLine) belongs to. */
export function groupOfOpen(l: GroupLayout, open: number): string | undefined {
  let at = 0;
  for (const g of l.groups) {
    at += 1 + (l.groupRows.get(g) ?? 0);
    if (open < at) return g;
  }
  return undefined;
}
