/** Status counts and scores derived from the matrix. Pure. */
import { STATUSES, type Status } from '../data/vocabulary.js';
import { cellOf, computeCellOf, type Landscape } from './landscape.js';

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function featureCounts(land: Landscape, vendor: string, category?: string): StatusCounts {
  const counts = emptyCounts();
  for (const f of land.features) {
    if (category === undefined || f.category === category) counts[cellOf(land, vendor, f.id).status]++;
  }
  return counts;
}

export function computeCounts(land: Landscape, vendor: string): StatusCounts {
  const counts = emptyCounts();
  for (const a of land.accelerators) counts[computeCellOf(land, vendor, a.id).status]++;
  return counts;
}

/** Points a status earns in a score; `unknown` earns none and is left out of the denominator. */
export const STATUS_POINTS: Record<Exclude<Status, 'unknown'>, number> = {
  ga: 1,
  preview: 0.5,
  partial: 0.5,
  none: 0,
};

/** Share (0..1) of known cells' points, or undefined when nothing is known. */
export function scoreOf(counts: StatusCounts): number | undefined {
  const known = counts.ga + counts.preview + counts.partial + counts.none;
  if (known === 0) return undefined;
  return (
    (counts.ga * STATUS_POINTS.ga + counts.preview * STATUS_POINTS.preview + counts.partial * STATUS_POINTS.partial) /
    known
  );
}
