/**
 * The quadrant as a view model: each shown vendor's breadth (share of features
 * available: GA, Preview or Partial, over features with a known status) and
 * maturity (share of those available that are GA), the quadrant it falls in
 * (lines at the shown vendors' average), and the table printed under the
 * scorecard. Pure; the terminal chart (source/ui/views/scorecard/quadrantLines.ts) draws the same points.
 */

import type { Landscape } from '../model/landscape.js';
import { averageOf, QUADRANT_NAMES, type QuadrantId, quadrantOf, quadrantPoint } from '../model/score.js';
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
  quadrant: QuadrantId | undefined;
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
export const SPLIT_MEANING = "Quadrant lines sit at the shown vendors' average on each axis.";

function labelOf(land: Landscape, vendor: string): string {
  // Ids are short and distinctive (databricks, vertex-ai, sagemaker, azure-ml); a long one gives way to a short alias.
  if (vendor.length <= 12) return vendor;
  const alias = land.vendorById.get(vendor)?.aliases?.find((a) => /^[a-z][a-z0-9-]{1,11}$/.test(a));
  return alias ?? vendor.slice(0, 12);
}

export function buildQuadrant(land: Landscape, vendors: readonly string[]): QuadrantView {
  const raw = vendors.map((v) => quadrantPoint(land, v));
  const split = { breadth: averageOf(raw.map((p) => p.breadth)), maturity: averageOf(raw.map((p) => p.maturity)) };
  return {
    split,
    points: raw.map((p) => ({
      vendor: p.vendor,
      name: land.vendorById.get(p.vendor)?.name ?? p.vendor,
      label: labelOf(land, p.vendor),
      breadth: p.breadth,
      maturity: p.maturity,
      quadrant: quadrantOf(p, split),
      counts: p.counts,
    })),
  };
}

export function quadrantSection(q: QuadrantView): TableSection {
  return {
    title: 'Quadrant',
    columns: [
      { id: 'vendor', title: 'Vendor', minWidth: 12, maxWidth: 40 },
      { id: 'breadth', title: 'Breadth', align: 'right', minWidth: 7, maxWidth: 7 },
      { id: 'maturity', title: 'Maturity', align: 'right', minWidth: 8, maxWidth: 8 },
      { id: 'quadrant', title: 'Quadrant', minWidth: 8, maxWidth: 16 },
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
          { text: percent(p.breadth) },
          { text: percent(p.maturity) },
          { text: p.quadrant ? QUADRANT_NAMES[p.quadrant] : 'n/a' },
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
