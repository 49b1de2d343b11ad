/**
 * How scores, ranges, ranks, ties and sensitivity read, in the printed output
 * and on screen alike. Pure.
 */
import type { RankEntry } from '../model/ranking.js';
import type { ScoreRange } from '../model/score.js';
import type { Sensitivity } from '../model/sensitivity.js';

import { percent } from '../text/format.js';

export { percent };

/** A weight as people write it: 3, 1.5, 0. */
export function weightText(w: number): string {
  return String(Math.round(w * 100) / 100);
}

/** `88–97` (percent, no sign), or '' when there is no range. */
export function rangeText(r: ScoreRange | undefined): string {
  return r ? `${Math.round(r.low * 100)}–${Math.round(r.high * 100)}` : '';
}

/** Whether the unknown cells leave room: the range is wider than a point. */
export const widens = (r: ScoreRange | undefined) => r !== undefined && r.high - r.low > 1e-9;

/** `93% (88–97)` where unknowns widen the range, else `93%`. */
export function scoreWithRange(score: number | undefined, r: ScoreRange | undefined): string {
  return widens(r) ? `${percent(score)} (${rangeText(r)})` : percent(score);
}

/** `1`, `=2` (tied with the one above), or `not ranked`. */
export function rankText(e: Pick<RankEntry, 'rank' | 'ranked' | 'tiedAbove'>): string {
  if (!e.ranked || e.rank === undefined) return 'not ranked';
  return `${e.tiedAbove ? '=' : ''}${e.rank}`;
}

const WHY_NOT: Record<NonNullable<RankEntry['why']>, string> = {
  'too-little-known': 'too little known',
  'no-score': 'no score',
  eliminated: 'eliminated by a must-have',
};

export function notRankedText(e: Pick<RankEntry, 'why'>): string {
  return `not ranked: ${e.why ? WHY_NOT[e.why] : 'no score'}`;
}

/** Reads a span of weights: `at 0 (excluded)`, `at weight 1–3.5`, `from weight ≥ 3.5`. */
function spanText(from: number, to: number | undefined): string {
  if (to === 0) return 'when excluded (weight 0)';
  if (to === undefined) return from === 0 ? 'at every weight' : `from weight ≥ ${weightText(from)}`;
  return `at weight ${weightText(from)}–${weightText(to)}`;
}

/**
 * One sentence on how the category's weight moves the leader:
 * "sagemaker leads from weight ≥ 3.5 (azure-ml at weight 0–3.5)", or that no weight changes it.
 */
export function sensitivityText(s: Sensitivity, name: (vendor: string) => string): string {
  const who = (v: string | undefined) => (v === undefined ? 'no vendor is ranked' : name(v));
  if (s.spans.length <= 1) {
    return s.leader === undefined
      ? 'no vendor is ranked at any weight'
      : `no weight changes the leader (${who(s.leader)})`;
  }
  // The spans where someone else leads first, then the current leader's.
  const others = s.spans.filter((x) => x.leader !== s.leader);
  const mine = s.spans.filter((x) => x.leader === s.leader);
  const lead = (x: (typeof s.spans)[number]) =>
    `${who(x.leader)}${x.leader === undefined ? '' : ' leads'} ${spanText(x.from, x.to)}`;
  return `${others.map(lead).join('; ')}${mine.length > 0 ? ` (${mine.map((x) => `${who(x.leader)} ${spanText(x.from, x.to)}`).join(', ')})` : ''}`;
}
