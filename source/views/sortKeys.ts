/**
 * Cells that sort by what they mean rather than by their text: money by its
 * amount ("$665 million" before "$1.3 billion"), days by date, counts as
 * numbers. An unknown amount or day gets the key `null`, which sorts last
 * whichever way the column is sorted. Pure.
 */
import type { Money } from '../data/schema.js';
import type { TableCell } from './types.js';

/** A money cell: its text as reported (or `missing`), sorted by amount. */
export function moneyCell(m: Money | undefined, missing = ''): TableCell {
  return { text: m?.text ?? missing, sort: m?.amount ?? null };
}

/** A day (YYYY, YYYY-MM or YYYY-MM-DD) sorted by date; text that is no day sorts last. */
export function dayCell(day: string, text: string = day): TableCell {
  return { text, sort: dayKey(day) };
}

/** A count or other number, sorted as a number. */
export function numberCell(
  n: number | null | undefined,
  text: string = n === null || n === undefined ? '' : String(n),
): TableCell {
  return { text, sort: n ?? null };
}

/** Milliseconds since the epoch for the start of a day, month or year; null when `day` is none of them. */
export function dayKey(day: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(day.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
  return Number.isFinite(t) ? t : null;
}
