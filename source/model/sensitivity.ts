/**
 * Sensitivity: for one category, which vendor leads the ranking at each
 * weight of that category (every other weight kept). Pure.
 *
 * A vendor's overall score as a function of the weight w of category c is
 * (A + w·s) ÷ (B + w·d), where A and B are the weighted sum and weight of its
 * other categories, s its score in c and d 1 when c has a score (0 when not).
 * Two such curves cross where a quadratic in w is 0, so the leader can change
 * only at those roots: the leader is computed exactly (with the same ranking
 * rules, minimum coverage included) at 0, between the roots and past the last.
 */
import { DEFAULT_MIN_COVERAGE, rankHonestly } from './ranking.js';
import { combine, TIE, type VendorScore } from './score.js';

export interface LeaderSpan {
  /** The weight the span starts at (inclusive). */
  from: number;
  /** Where it ends (exclusive); undefined: no end. */
  to: number | undefined;
  /** The ranked vendor first at these weights; undefined when none is ranked. */
  leader: string | undefined;
}

export interface Sensitivity {
  category: string;
  /** The category's current weight. */
  weight: number;
  /** Who leads at the current weight. */
  leader: string | undefined;
  /** Consecutive spans of weight, from 0 up, each with its leader (adjacent spans differ). */
  spans: LeaderSpan[];
}

/** The vendors' overall scores with category `category` weighed `w`. */
function reweigh(vendors: readonly VendorScore[], category: string, w: number): VendorScore[] {
  return vendors.map((v) =>
    combine(
      v.vendor,
      v.categories.map((c) => (c.category === category ? { ...c, weight: w } : c)),
    ),
  );
}

function leaderAt(
  vendors: readonly VendorScore[],
  category: string,
  w: number,
  minCoverage: number,
  eliminated: ReadonlySet<string>,
) {
  const first = rankHonestly(reweigh(vendors, category, w), minCoverage, eliminated)[0];
  return first?.ranked ? first.item.vendor : undefined;
}

/** Non-negative real roots of a·w² + b·w + c = 0 (none when it is 0 everywhere). */
function roots(a: number, b: number, c: number): number[] {
  const tiny = 1e-12;
  if (Math.abs(a) < tiny) {
    if (Math.abs(b) < tiny) return [];
    return [-c / b].filter((r) => r > 0);
  }
  const disc = b * b - 4 * a * c;
  if (disc < -tiny) return [];
  const sq = Math.sqrt(Math.max(0, disc));
  return [(-b - sq) / (2 * a), (-b + sq) / (2 * a)].filter((r) => r > 0);
}

/** The weights at which two vendors' overall scores may cross. */
function crossings(x: VendorScore, y: VendorScore, category: string): number[] {
  const parts = (v: VendorScore) => {
    let A = 0;
    let B = 0;
    let s = 0;
    let d = 0;
    for (const c of v.categories) {
      if (c.score === undefined) continue;
      if (c.category === category) {
        s = c.score;
        d = 1;
      } else if (c.weight > 0) {
        A += c.weight * c.score;
        B += c.weight;
      }
    }
    return { A, B, s, d };
  };
  const p = parts(x);
  const q = parts(y);
  // (Ap + w·sp)(Bq + w·dq) − (Aq + w·sq)(Bp + w·dp) = 0
  const a = p.s * q.d - q.s * p.d;
  const b = p.A * q.d + p.s * q.B - q.A * p.d - q.s * p.B;
  const c = p.A * q.B - q.A * p.B;
  return roots(a, b, c);
}

export function sensitivity(
  vendors: readonly VendorScore[],
  category: string,
  minCoverage = DEFAULT_MIN_COVERAGE,
  eliminated: ReadonlySet<string> = new Set(),
): Sensitivity {
  const weight = vendors[0]?.categories.find((c) => c.category === category)?.weight ?? 1;
  const cuts = new Set<number>();
  for (let i = 0; i < vendors.length; i++)
    for (let j = i + 1; j < vendors.length; j++)
      for (const r of crossings(vendors[i] as VendorScore, vendors[j] as VendorScore, category)) cuts.add(r);
  const sorted = [...cuts].sort((a, b) => a - b).filter((r, i, all) => i === 0 || r - (all[i - 1] ?? 0) > TIE);
  // Sample 0 itself (weight 0 leaves the category out), each interval's middle, and past the last root.
  const samples: { from: number; to: number | undefined; at: number }[] = [{ from: 0, to: 0, at: 0 }];
  let prev = 0;
  for (const r of sorted) {
    samples.push({ from: prev, to: r, at: (prev + r) / 2 });
    prev = r;
  }
  samples.push({ from: prev, to: undefined, at: prev === 0 ? 1 : prev * 2 });
  const spans: LeaderSpan[] = [];
  for (const s of samples) {
    const leader = leaderAt(vendors, category, s.at, minCoverage, eliminated);
    const last = spans[spans.length - 1];
    if (last && last.leader === leader) last.to = s.to;
    else spans.push({ from: s.from, to: s.to, leader });
  }
  return { category, weight, leader: leaderAt(vendors, category, weight, minCoverage, eliminated), spans };
}
