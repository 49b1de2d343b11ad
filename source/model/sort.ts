/**
 * Sorting rows by one column. A cell's own sort key (an amount, a day, set by
 * the view) comes first; statuses sort by how available a feature is (GA
 * first when ascending); other text compares numbers as numbers. Unknown
 * values go last whichever way the sort runs; the sort is stable and keeps
 * rows inside their group. Pure.
 */
import type { Status } from '../data/schema.js';

export type SortDir = 'asc' | 'desc';

export const STATUS_RANK: Record<Status, number> = { ga: 0, preview: 1, partial: 2, none: 3, unknown: 4 };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The key a cell sorts by. */
export interface SortCell {
  text: string;
  status?: Status;
  /** A key set by the view (an amount, a day, a count): compared as a number; `null` is unknown and sorts last. */
  sort?: number | null;
}

/** A cell with nothing to sort by: empty, or a key the view marked unknown. Such cells go last either way. */
function unknown(cell: SortCell | undefined): boolean {
  return cell === undefined || cell.sort === null || (cell.text === '' && cell.status === undefined);
}

/** A leading number in a cell ("66", "6/21", "$1.5 billion"), if any. */
function leadingNumber(text: string): number | undefined {
  const m = /^[^\d-]{0,3}(-?\d[\d,]*(?:\.\d+)?)/.exec(text.trim());
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

export function compareCells(a: SortCell | undefined, b: SortCell | undefined): number {
  if (typeof a?.sort === 'number' && typeof b?.sort === 'number' && a.sort !== b.sort) return a.sort - b.sort;
  if (a?.sort === null || b?.sort === null) return (a?.sort === null ? 1 : 0) - (b?.sort === null ? 1 : 0);
  if (a?.status !== undefined || b?.status !== undefined) {
    return (a?.status ? STATUS_RANK[a.status] : 9) - (b?.status ? STATUS_RANK[b.status] : 9);
  }
  const ta = a?.text ?? '';
  const tb = b?.text ?? '';
  // Empty cells go last whichever way the sort runs; the caller handles direction.
  if (ta === '' || tb === '') return (ta === '' ? 1 : 0) - (tb === '' ? 1 : 0);
  const na = leadingNumber(ta);
  const nb = leadingNumber(tb);
  if (na !== undefined && nb !== undefined && na !== nb) return na - nb;
  return collator.compare(ta, tb);
}

/**
 * Sorts items by the cell `cellOf` returns, stably, within runs of the same
 * group (so categories stay together); items `isTotal` says are totals stay last.
 */
export function sortWithinGroups<T>(
  items: readonly T[],
  groupOf: (item: T) => string | undefined,
  cellOf: (item: T) => SortCell | undefined,
  dir: SortDir,
  isTotal: (item: T) => boolean = () => false,
): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  const indexed = items.map((item, i) => ({ item, i, cell: cellOf(item), total: isTotal(item) }));
  const groupRank = new Map<string | undefined, number>();
  for (const { item } of indexed) {
    const g = groupOf(item);
    if (!groupRank.has(g)) groupRank.set(g, groupRank.size);
  }
  indexed.sort((x, y) => {
    const gx = groupRank.get(groupOf(x.item)) ?? 0;
    const gy = groupRank.get(groupOf(y.item)) ?? 0;
    if (gx !== gy) return gx - gy;
    // A total row stays under the rows it sums up.
    if (x.total !== y.total) return x.total ? 1 : -1;
    const emptyX = unknown(x.cell);
    const emptyY = unknown(y.cell);
    if (emptyX !== emptyY) return emptyX ? 1 : -1;
    return sign * compareCells(x.cell, y.cell) || x.i - y.i;
  });
  return indexed.map((x) => x.item);
}
