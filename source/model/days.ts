/** Calendar days written YYYY-MM-DD, as numbers: shared by freshness and lifecycle. Pure. */

/** Midnight UTC of a YYYY-MM-DD day, in milliseconds. */
export function dayMs(day: string): number {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `from` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / 86_400_000);
}
