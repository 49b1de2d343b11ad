/**
 * The quadrant as a view model: each shown vendor's breadth (share of features
 * available: GA, Preview or Partial, over features with a known status) and
 * maturity (share of those available that are GA), the quadrant it falls in
 * (lines at the shown vendors' average), and the table printed under the
 * scorecard. Pure; the terminal chart (source/ui/views/scorecard/quadrantLines.ts) draws the same points.
 */

import type { Landscape } from '../model/landscape.js';
import { DEFAULT_MIN_COVERAGE } from '../model/ranking.js';
import {
  averageOf,
  QUADRANT_NAMES,
  type QuadrantId,
  quadrantOf,
  quadrantPoint,
  type ScoreRange,
  straddles,
} from '../model/score.js';
import type { StatusCounts } from '../model/stats.js';
import { percent } from '../text/format.js';
import type { TableSection } from './types.js';

export interface QuadrantPointView {
  vendor: string;
  name: string;
  /** A short label for the chart: the vendor id (or a short alias when the id is long). */
  label: string;
  breadth: number | undefined;
  maturity: number | undefined;
  breadthRange: ScoreRange | undefined;
  maturityRange: ScoreRange | undefined;
  coverage: number;
  /** Undefined when a point has no position, or when its range reaches across an average line. */
  quadrant: QuadrantId | undefined;
  /** Its range reaches across an average line, so no quadrant is named. */
  unsure: boolean;
  counts: StatusCounts;
}

export interface QuadrantView {
  points: QuadrantPointView[];
  /** Where the quadrant lines are: the average of the shown vendors on each axis. */
  split: { breadth: number; maturity: number };
}

export const BREADTH_MEANING =
  'Breadth = features available (GA, Preview or Partial) ÷ features with a known status (Unknown left out).';
export const MATURITY_MEANING = 'Maturity = GA features ÷ available features.';
export const SPLIT_MEANING =
  "Quadrant lines sit at the average, on each axis, of the shown vendors with enough known (the ranking's minimum coverage); a vendor whose range (Unknown as None … as available/GA) reaches across a line gets no quadrant.";

function labelOf(land: Landscape, vendor: string): string {
  // Ids are short and distinctive (databricks, vertex-ai, sagemaker, azure-ml); a long one gives way to a short alias.
  if (vendor.length <= 12) return vendor;
  const alias = land.vendorById.get(vendor)?.aliases?.find((a) => /^[a-z][a-z0-9-]{1,11}$/.test(a));
  return alias ?? vendor.slice(0, 12);
}

export function buildQuadrant(
  land: Landscape,
  vendors: readonly string[],
  minCoverage = DEFAULT_MIN_COVERAGE,
): QuadrantView {
  const raw = vendors.map((v) => quadrantPoint(land, v));
  // The lines come from the vendors known well enough; a sparse vendor must not move them.
  const known = raw.filter((p) => p.coverage >= minCoverage);
  const base = known.length > 0 ? known : raw;
  const split = { breadth: averageOf(base.map((p) => p.breadth)), maturity: averageOf(base.map((p) => p.maturity)) };
  return {
    split,
    points: raw.map((p) => ({
      vendor: p.vendor,
      name: land.vendorById.get(p.vendor)?.name ?? p.vendor,
      label: labelOf(land, p.vendor),
      breadth: p.breadth,
      maturity: p.maturity,
      breadthRange: p.breadthRange,
      maturityRange: p.maturityRange,
      coverage: p.coverage,
      quadrant: quadrantOf(p, split),
      unsure:
        p.breadth !== undefined &&
        p.maturity !== undefined &&
        (straddles(p.breadthRange, split.breadth) || straddles(p.maturityRange, split.maturity)),
      counts: p.counts,
    })),
  };
}

const withRange = (n: number | undefined, r: ScoreRange | undefined) =>
  r && r.high - r.low > 1e-9 ? `${percent(n)} (${Math.round(r.low * 100)}–${Math.round(r.high * 100)})` : percent(n);

/** The quadrant's name, `too close to call` when the range crosses a line, or `n/a`. */
export function verdictText(p: Pick<QuadrantPointView, 'quadrant' | 'unsure'>): string {
  if (p.quadrant) return QUADRANT_NAMES[p.quadrant];
  return p.unsure ? 'too close to call' : 'n/a';
}

export function quadrantSection(q: QuadrantView): TableSection {
  return {
    title: 'Quadrant',
    columns: [
      { id: 'vendor', title: 'Vendor', minWidth: 12, maxWidth: 40 },
      { id: 'breadth', title: 'Breadth', align: 'right', minWidth: 7, maxWidth: 14 },
      { id: 'maturity', title: 'Maturity', align: 'right', minWidth: 8, maxWidth: 14 },
      { id: 'quadrant', title: 'Quadrant', minWidth: 8, maxWidth: 17 },
      { id: 'available', title: 'Available', align: 'right', minWidth: 9, maxWidth: 9 },
      { id: 'ga', title: 'GA', align: 'right', minWidth: 3, maxWidth: 5 },
    ],
    rows: q.points.map((p) => {
      const available = p.counts.ga + p.counts.preview + p.counts.partial;
      const known = available + p.counts.none;
      return {
        id: p.vendor,
        cells: [
          { text: p.name },
          { text: withRange(p.breadth, p.breadthRange) },
          { text: withRange(p.maturity, p.maturityRange) },
          { text: verdictText(p) },
          { text: `${available}/${known}` },
          { text: String(p.counts.ga) },
        ],
      };
    }),
    notes: [
      BREADTH_MEANING,
      MATURITY_MEANING,
      `${SPLIT_MEANING} Here: breadth ${percent(q.split.breadth)}, maturity ${percent(q.split.maturity)}.`,
    ],
  };
}
