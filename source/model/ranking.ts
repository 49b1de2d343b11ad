/**
 * A ranking that silence cannot game. Pure.
 *
 * - A vendor is ranked only when its overall coverage (known cells ÷ all
 *   cells) reaches the minimum; below it, it is "not ranked: too little
 *   known" and listed after every ranked vendor, so it is never first.
 * - Ranked vendors go best first by their known-only score; equal scores
 *   share a rank number (competition ranking: 1, 1, 3), display order breaks
 *   the tie. The rank depends on the score alone, so adding unknown cells to a
 *   vendor can drop it from the ranking but never raise its rank.
 * - A ranked vendor whose range overlaps the range of the one ranked just
 *   above it is tied with it (`=`): the unknown cells alone could swap them.
 *   Ties chain: the vendors of a chain are each other's `tiedWith`.
 * - A vendor eliminated by a must-have is not ranked either.
 */
import type { ScoreRange } from './score.js';
import { TIE } from './score.js';

/** The default minimum coverage (0..1) for a vendor to be ranked. */
export const DEFAULT_MIN_COVERAGE = 0.8;

export interface Rankable {
  vendor: string;
  score: number | undefined;
  coverage: number;
  range: ScoreRange | undefined;
}

export type NotRankedReason = 'too-little-known' | 'no-score' | 'eliminated';

export interface RankEntry<T extends Rankable = Rankable> {
  /** 1-based, shared by equal scores; undefined when not ranked. */
  rank: number | undefined;
  ranked: boolean;
  /** Why the vendor is not ranked (undefined when ranked). */
  why: NotRankedReason | undefined;
  /** Ranked vendors whose ranges chain-overlap this one's (display order); empty when none. */
  tiedWith: string[];
  /** Tied with the vendor ranked just above (drawn as `=`). */
  tiedAbove: boolean;
  item: T;
}

/** Whether two ranges overlap (touching counts). */
export function overlaps(a: ScoreRange | undefined, b: ScoreRange | undefined): boolean {
  if (!a || !b) return false;
  return a.low <= b.high + TIE && b.low <= a.high + TIE;
}

/**
 * Ranks `items` (given in display order): ranked vendors best first, then the
 * vendors not ranked, in display order.
 * @param minCoverage 0..1
 */
export function rankHonestly<T extends Rankable>(
  items: readonly T[],
  minCoverage = DEFAULT_MIN_COVERAGE,
  eliminated: ReadonlySet<string> = new Set(),
): RankEntry<T>[] {
  const eligible = (t: T) => t.score !== undefined && t.coverage >= minCoverage - TIE && !eliminated.has(t.vendor);
  const ranked = items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => eligible(item))
    .sort((a, b) => {
      const d = (b.item.score ?? 0) - (a.item.score ?? 0);
      return Math.abs(d) > TIE ? d : a.i - b.i;
    })
    .map(({ item }) => item);
  const out: RankEntry<T>[] = [];
  ranked.forEach((item, i) => {
    const prev = out[i - 1];
    const same = prev && Math.abs((prev.item.score ?? 0) - (item.score ?? 0)) <= TIE;
    out.push({
      rank: same && prev ? prev.rank : i + 1,
      ranked: true,
      why: undefined,
      tiedWith: [],
      tiedAbove: prev !== undefined && overlaps(prev.item.range, item.range),
      item,
    });
  });
  // Chains of `tiedAbove` are the tie groups.
  let start = 0;
  for (let i = 1; i <= out.length; i++) {
    if (i < out.length && out[i]?.tiedAbove) continue;
    const group = out.slice(start, i);
    if (group.length > 1) {
      for (const e of group) e.tiedWith = group.filter((g) => g !== e).map((g) => g.item.vendor);
    }
    start = i;
  }
  for (const item of items) {
    if (eligible(item)) continue;
    out.push({
      rank: undefined,
      ranked: false,
      why: eliminated.has(item.vendor) ? 'eliminated' : item.score === undefined ? 'no-score' : 'too-little-known',
      tiedWith: [],
      tiedAbove: false,
      item,
    });
  }
  return out;
}

/**
 * Parses `--min-coverage PCT`: a percentage 0..100 (a trailing % allowed).
 * Returns the fraction 0..1, or undefined when the text is not such a number.
 */
export function parseMinCoverage(text: string): number | undefined {
  const t = text.trim().replace(/%$/, '');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 0 && n <= 100 ? n / 100 : undefined;
}
