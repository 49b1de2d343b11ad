/**
 * Sensitivity: for one category, which vendor leads the ranking at each
 * weight of that category (every other weight kept). Pure.
 *
 * A vendor's overall score as a function of the weight w of category c is
 * (A + w·s) ÷ (B + w·d), where A and B are the weighted sum and weight of its
 * other categories, s its score in c and d 1 when c has a score (0 when not).
 * Two such curves cross where a quadratic in w is 0, so the leader can change
 * only at those roots: the leader is computed (with the ranking's rules,
 * minimum coverage included) at 0, between the roots and past the last. Who
 * may be ranked depends only on whether the weight is 0, so that is computed
 * twice per category; the rest is arithmetic on the curves.
 */
import { DEFAULT_MIN_COVERAGE } from './ranking.js';
import { cellsOf, knownOf, TIE, type VendorScore } from './score.js';

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

/** A vendor's overall score as a function of the category's weight w: (A + w·s) ÷ (B + w·d). */
interface Curve {
  vendor: string;
  A: number;
  B: number;
  s: number;
  d: number;
}

function curveOf(v: VendorScore, category: string): Curve {
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
  return { vendor: v.vendor, A, B, s, d };
}

const valueAt = (c: Curve, w: number) => {
  const den = c.B + w * c.d;
  return den > 0 ? Math.min(1, Math.max(0, (c.A + w * c.s) / den)) : undefined;
};

/**
 * Who may lead with the category weighed `w`: the ranking's rules (a score,
 * the minimum coverage, not eliminated). Coverage depends only on whether w is 0.
 */
function eligibleAt(
  vendors: readonly VendorScore[],
  category: string,
  w: number,
  minCoverage: number,
  eliminated: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  for (const v of vendors) {
    if (eliminated.has(v.vendor)) continue;
    let known = 0;
    let all = 0;
    let scored = false;
    for (const c of v.categories) {
      const weight = c.category === category ? w : c.weight;
      if (!(weight > 0)) continue;
      known += knownOf(c.counts);
      all += cellsOf(c.counts);
      if (c.score !== undefined) scored = true;
    }
    if (scored && all > 0 && known / all >= minCoverage - TIE) out.add(v.vendor);
  }
  return out;
}

/** The first in ranking order among the eligible: best score, display order breaking a tie. */
function leaderOf(curves: readonly Curve[], eligible: ReadonlySet<string>, w: number): string | undefined {
  let best: { vendor: string; score: number } | undefined;
  for (const c of curves) {
    if (!eligible.has(c.vendor)) continue;
    const score = valueAt(c, w);
    if (score === undefined) continue;
    if (!best || score > best.score + TIE) best = { vendor: c.vendor, score };
  }
  return best?.vendor;
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
function crossings(p: Curve, q: Curve): number[] {
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
  const curves = vendors.map((v) => curveOf(v, category));
  const atZero = eligibleAt(vendors, category, 0, minCoverage, eliminated);
  const above = eligibleAt(vendors, category, 1, minCoverage, eliminated);
  const leaderAt = (w: number) => leaderOf(curves, w === 0 ? atZero : above, w);
  const cuts = new Set<number>();
  for (let i = 0; i < curves.length; i++)
    for (let j = i + 1; j < curves.length; j++)
      for (const r of crossings(curves[i] as Curve, curves[j] as Curve)) cuts.add(r);
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
    const leader = leaderAt(s.at);
    const last = spans[spans.length - 1];
    if (last && last.leader === leader) last.to = s.to;
    else spans.push({ from: s.from, to: s.to, leader });
  }
  return { category, weight, leader: leaderAt(weight), spans };
}
