/** Which columns fit on screen: the frozen ones, then scrolled ones from `left`. Pure. */
import { COLUMN_GAP as GAP } from '../../../views/layout.js';

/** How many scrolled columns, starting at index `left`, fit beside the frozen ones in `avail` cells (at least one). */
export function fitFrom(widths: readonly number[], frozen: number, left: number, avail: number): number {
  let used = 0;
  for (let i = 0; i < Math.min(frozen, widths.length); i++) used += (widths[i] ?? 0) + (i > 0 ? GAP : 0);
  let n = 0;
  for (let i = Math.max(frozen, left); i < widths.length; i++) {
    const w = (widths[i] ?? 0) + (used > 0 ? GAP : 0);
    if (n > 0 && used + w > avail) break;
    used += w;
    n++;
  }
  return n;
}

/** The leftmost scroll position that still shows column `col` (a scrolled column) at the right edge. */
export function leftToShow(
  widths: readonly number[],
  frozen: number,
  left: number,
  avail: number,
  col: number,
): number {
  if (col < frozen) return left;
  let l = Math.max(frozen, Math.min(left, col));
  while (l < col && l + fitFrom(widths, frozen, l, avail) <= col) l++;
  return l;
}

/** The largest useful scroll position: the one that shows the last column with as many others as fit. */
export function maxLeft(widths: readonly number[], frozen: number, avail: number): number {
  if (widths.length <= frozen) return frozen;
  return leftToShow(widths, frozen, frozen, avail, widths.length - 1);
}
