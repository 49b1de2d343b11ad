/**
 * The weighted scorecard and the quadrant, as pure functions of the matrix.
 *
 * Scale: a `ga` cell earns 1 point, `preview` and `partial` ½, `none` 0;
 * `unknown` cells are left out of the denominator and counted, so missing data
 * neither punishes nor rewards a vendor. A category score is points ÷ known
 * cells. The overall score is the weighted mean of the category scores that
 * are known, over the categories whose weight is above 0 (weight 0 excludes a
 * category; a category with no known cell is left out for that vendor).
 *
 * Honesty: every score also carries its coverage (known cells ÷ all cells)
 * and its range: low counts every unknown cell as None, high as GA, so the
 * range always contains the known-only score. The overall coverage and range
 * are over the categories with weight above 0 (a category with no known cell
 * still widens the overall range: 0 at worst, 1 at best).
 *
 * Quadrant: breadth = (ga + preview + partial) ÷ known features; maturity =
 * ga ÷ (ga + preview + partial). Every feature counts, whatever the weights.
 */
import type { Landscape } from './landscape.js';
import { featureCounts, STATUS_POINTS, type StatusCounts, scoreOf } from './stats.js';

export { STATUS_POINTS, scoreOf };

/** Category id → weight (≥ 0). Categories not named weigh 1. */
export type Weights = Readonly<Record<string, number>>;

export const DEFAULT_WEIGHT = 1;
/** The largest weight --weights takes: a hundred times the default is already all that counts. */
export const MAX_WEIGHT = 100;

export function weightOf(weights: Weights, category: string): number {
  const w = Object.hasOwn(weights, category) ? weights[category] : undefined;
  return w === undefined || !Number.isFinite(w) || w < 0 ? DEFAULT_WEIGHT : w;
}

/** Every category's weight, in dataset order. */
export function resolveWeights(land: Landscape, weights: Weights = {}): Record<string, number> {
  return Object.fromEntries(land.categories.map((c) => [c.id, weightOf(weights, c.id)]));
}

/** Known cells (ga, preview, partial, none) of a count. */
export const knownOf = (c: StatusCounts) => c.ga + c.preview + c.partial + c.none;

/** Points of a count on the documented scale. */
export function pointsOf(c: StatusCounts): number {
  return c.ga * STATUS_POINTS.ga + c.preview * STATUS_POINTS.preview + c.partial * STATUS_POINTS.partial;
}

/** Where a score could land once the unknown cells are known: low = unknowns as None, high = unknowns as GA. */
export interface ScoreRange {
  low: number;
  high: number;
}

export interface CategoryScore {
  category: string;
  weight: number;
  counts: StatusCounts;
  /** 0..1, or undefined when no cell of the category is known. */
  score: number | undefined;
  /** Known cells ÷ all cells (1 when the category has no cell). */
  coverage: number;
  /** Undefined when the category has no cell at all. */
  range: ScoreRange | undefined;
}

export interface VendorScore {
  vendor: string;
  categories: CategoryScore[];
  /** Weighted mean (0..1) of the known category scores with weight > 0; undefined when there are none. */
  score: number | undefined;
  /** Unknown cells across every category. */
  unknown: number;
  /** Categories that counted towards the overall score. */
  scored: number;
  /** Known cells ÷ all cells over the categories with weight > 0 (0 when there are none). */
  coverage: number;
  /** The weighted mean of the category ranges with weight > 0; undefined when no such category has a cell. */
  range: ScoreRange | undefined;
}

/** All cells of a count, unknown included. */
export const cellsOf = (c: StatusCounts) => knownOf(c) + c.unknown;

/** The range of a category's score: unknowns as None (low) and as GA (high); it always contains `score`. */
export function rangeOf(c: StatusCounts, score: number | undefined): ScoreRange | undefined {
  const all = cellsOf(c);
  if (all === 0) return undefined;
  const points = pointsOf(c);
  const low = points / all;
  const high = (points + c.unknown * STATUS_POINTS.ga) / all;
  // Keep the known-only score inside the range whatever the floating-point rounding.
  return score === undefined ? { low, high } : { low: Math.min(low, score), high: Math.max(high, score) };
}

/** The weighted range over the categories with weight > 0 and a range; it contains the weighted mean of their scores. */
function overallRange(categories: readonly CategoryScore[], score: number | undefined): ScoreRange | undefined {
  const low = weightedMean(categories.map((c) => ({ weight: c.weight, score: c.range?.low })));
  const high = weightedMean(categories.map((c) => ({ weight: c.weight, score: c.range?.high })));
  if (low === undefined || high === undefined) return undefined;
  return score === undefined ? { low, high } : { low: Math.min(low, score), high: Math.max(high, score) };
}

/** The weighted mean of `(weight, score)` pairs, skipping unknown scores and zero weights. */
export function weightedMean(parts: readonly { weight: number; score: number | undefined }[]): number | undefined {
  let num = 0;
  let den = 0;
  for (const p of parts) {
    if (p.score === undefined || !(p.weight > 0)) continue;
    num += p.weight * p.score;
    den += p.weight;
  }
  if (den === 0) return undefined;
  // Clamp away floating-point drift so a mean of 1s is exactly 1.
  return Math.min(1, Math.max(0, num / den));
}

export function scoreVendor(land: Landscape, vendor: string, weights: Weights = {}): VendorScore {
  const categories = land.categories.map((c) => {
    const counts = featureCounts(land, vendor, c.id);
    const score = scoreOf(counts);
    const all = cellsOf(counts);
    return {
      category: c.id,
      weight: weightOf(weights, c.id),
      counts,
      score,
      coverage: all === 0 ? 1 : knownOf(counts) / all,
      range: rangeOf(counts, score),
    };
  });
  return combine(vendor, categories);
}

/** A vendor's overall score, coverage and range from its category scores (each with its weight). */
export function combine(vendor: string, categories: CategoryScore[]): VendorScore {
  const counted = categories.filter((c) => c.weight > 0);
  const all = counted.reduce((n, c) => n + cellsOf(c.counts), 0);
  const known = counted.reduce((n, c) => n + knownOf(c.counts), 0);
  const score = weightedMean(categories);
  return {
    vendor,
    categories,
    score,
    unknown: categories.reduce((n, c) => n + c.counts.unknown, 0),
    scored: counted.filter((c) => c.score !== undefined).length,
    coverage: all === 0 ? 0 : known / all,
    range: overallRange(categories, score),
  };
}

/** Scores within this distance are a tie (floating-point sums of the same values can differ in the last bit). */
export const TIE = 1e-9;

/**
 * Vendors best first: by overall score (a vendor with no score last), ties
 * kept in the given (display) order, so the ranking is stable.
 */
export function rank<T extends { score: number | undefined }>(rows: readonly T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const sa = a.r.score ?? -1;
      const sb = b.r.score ?? -1;
      return Math.abs(sa - sb) > TIE ? sb - sa : a.i - b.i;
    })
    .map(({ r }) => r);
}

export interface QuadrantPoint {
  vendor: string;
  /** Breadth if every unknown feature were None (low) or available (high); undefined when the vendor has no feature cell. */
  breadthRange: ScoreRange | undefined;
  /** Maturity if every unknown feature were available but not GA (low) or GA (high). */
  maturityRange: ScoreRange | undefined;
  /** Known feature cells ÷ all feature cells. */
  coverage: number;
  /** Share of features with a known status that are available (ga, preview or partial); undefined when none is known. */
  breadth: number | undefined;
  /** Share of the available features that are GA; undefined when none is available. */
  maturity: number | undefined;
  counts: StatusCounts;
}

export function quadrantPoint(land: Landscape, vendor: string): QuadrantPoint {
  const counts = featureCounts(land, vendor);
  const available = counts.ga + counts.preview + counts.partial;
  const known = knownOf(counts);
  const all = known + counts.unknown;
  const u = counts.unknown;
  const breadth = known === 0 ? undefined : available / known;
  const maturity = available === 0 ? undefined : counts.ga / available;
  const widen = (r: ScoreRange, v: number | undefined): ScoreRange =>
    v === undefined ? r : { low: Math.min(r.low, v), high: Math.max(r.high, v) };
  return {
    vendor,
    counts,
    breadth,
    maturity,
    coverage: all === 0 ? 0 : known / all,
    breadthRange: all === 0 ? undefined : widen({ low: available / all, high: (available + u) / all }, breadth),
    maturityRange:
      available + u === 0
        ? undefined
        : widen({ low: counts.ga / (available + u), high: (counts.ga + u) / (available + u) }, maturity),
  };
}

export const QUADRANT_NAMES = {
  leaders: 'Leaders',
  broad: 'Broad, maturing',
  focused: 'Focused',
  emerging: 'Emerging',
} as const;
export type QuadrantId = keyof typeof QUADRANT_NAMES;

/**
 * Which quadrant a point is in, split at `mid` (the shown vendors' average on
 * each axis, so the quadrants compare the vendors with each other). A point on
 * a line counts as high. No verdict (undefined) when either range reaches
 * across its line: what is unknown could move the point to another quadrant.
 */
export function quadrantOf(
  p: {
    breadth: number | undefined;
    maturity: number | undefined;
    breadthRange?: ScoreRange | undefined;
    maturityRange?: ScoreRange | undefined;
  },
  mid: { breadth: number; maturity: number },
): QuadrantId | undefined {
  if (p.breadth === undefined || p.maturity === undefined) return undefined;
  if (straddles(p.breadthRange, mid.breadth) || straddles(p.maturityRange, mid.maturity)) return undefined;
  const wide = p.breadth >= mid.breadth - TIE;
  const mature = p.maturity >= mid.maturity - TIE;
  if (wide) return mature ? 'leaders' : 'broad';
  return mature ? 'focused' : 'emerging';
}

/** Whether a range reaches across a line: the unknown cells alone could put the point on either side. */
export function straddles(r: ScoreRange | undefined, line: number): boolean {
  return r !== undefined && r.low < line - TIE && r.high > line + TIE;
}

/** The average of the defined values (0.5 when there are none). */
export function averageOf(values: readonly (number | undefined)[]): number {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length === 0 ? 0.5 : known.reduce((a, b) => a + b, 0) / known.length;
}

export type ParsedWeights = { ok: true; weights: Record<string, number> } | { ok: false; message: string };

/**
 * Parses `--weights training=3,governance=2`: category ids, or names matched
 * case-insensitively when only one category has that name (or id). Values are
 * finite numbers ≥ 0. Categories not named keep weight 1.
 */
export function parseWeights(
  specs: readonly string[],
  categories: readonly { id: string; name: string }[],
): ParsedWeights {
  const valid = `valid categories: ${categories.map((c) => c.id).join(', ')}`;
  const weights: Record<string, number> = {};
  const parts = specs.flatMap((s) => s.split(',')).map((s) => s.trim());
  for (const part of parts) {
    if (part === '') continue;
    const eq = part.lastIndexOf('=');
    if (eq <= 0) return { ok: false, message: `--weights wants CATEGORY=NUMBER, got "${part}"; ${valid}` };
    const key = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    const lower = key.toLowerCase();
    const exact = categories.find((c) => c.id === key);
    const loose = categories.filter((c) => c.id.toLowerCase() === lower || c.name.toLowerCase() === lower);
    const cat = exact ?? (loose.length === 1 ? loose[0] : undefined);
    if (!cat) {
      const why = loose.length > 1 ? 'is ambiguous' : 'is not a category';
      return { ok: false, message: `--weights: "${key}" ${why}; ${valid}` };
    }
    const n = /^(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(n) || n < 0) {
      return { ok: false, message: `--weights: ${cat.id}=${raw} is not a number ≥ 0; ${valid}` };
    }
    if (n > MAX_WEIGHT) {
      return {
        ok: false,
        message: `--weights: ${cat.id}=${raw} is more than ${MAX_WEIGHT} (weights are relative: 0 leaves a category out, 1 is the default)`,
      };
    }
    weights[cat.id] = n;
  }
  return { ok: true, weights };
}
