/**
 * What a table view shows for a navigation state: vendor columns projected to
 * the shown vendors, rows filtered (differences only), sorted, grouped into
 * lines with foldable category headers, and search matches. Pure, and split
 * into stages so each key recomputes only what it changed (see useScreen).
 */
import stringWidth from 'string-width';
import type { Status } from '../../data/schema.js';
import { allAgree } from '../../model/filter.js';
import { findMatches } from '../../model/search.js';
import { type SortDir, sortWithinGroups } from '../../model/sort.js';
import { visibleLine } from '../../text/visible.js';
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
        const t = row.cells[i]?.text;
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

/** The cell of a row for a shown column. */
export function cellAt(p: Projected, row: TableRow, col: number): TableCell | undefined {
  const i = p.source[col];
  return i === undefined ? undefined : row.cells[i];
}

/** Rows after the differences-only and status filters, and the sort. */
export function filterAndSort(
  p: Projected,
  diffOnly: boolean,
  sort: { col: string; dir: SortDir } | undefined,
  status: Status | null = null,
): { rows: TableRow[]; total: number } {
  let rows: TableRow[] = p.table.rows;
  const idx = p.statusCols.map((k) => p.source[k] as number);
  if (diffOnly && idx.length > 0) rows = rows.filter((r) => !allAgree(idx.map((i) => r.cells[i]?.status)));
  // A row stays when some shown vendor has the status asked for.
  if (status && idx.length > 0) rows = rows.filter((r) => idx.some((i) => r.cells[i]?.status === status));
  if (sort) {
    const k = p.columns.findIndex((c) => c.id === sort.col);
    if (k >= 0) {
      const i = p.source[k] as number;
      rows = sortWithinGroups(
        rows,
        (r) => r.group,
        (r) => r.cells[i],
        sort.dir,
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

/** Line indexes whose row matches the query. */
export function matchLines(lines: readonly Line[], query: string): number[] {
  return findMatches(lines, (l) => (l.kind === 'row' ? l.row : undefined), query);
}
