/** Status counts and scores derived from the matrix. Pure. */

import { own } from '../data/own.js';
import { packedRow } from '../data/packCells.js';
import { STATUS_CODE, STATUSES, type Status } from '../data/vocabulary.js';
import { computeCellOf, type Landscape, UNKNOWN_CELL } from './landscape.js';

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * Per feature (in `land.features` order), its position in a packed row's ids or −1; computed once
 * per list of ids (vendors usually share one) and landscape.
 */
const positions = new WeakMap<readonly string[], WeakMap<Landscape, Int32Array>>();

function positionsIn(land: Landscape, ids: readonly string[]): Int32Array {
  let byLand = positions.get(ids);
  if (!byLand) {
    byLand = new WeakMap();
    positions.set(ids, byLand);
  }
  let at = byLand.get(land);
  if (!at) {
    const index = new Map(ids.map((id, i) => [id, i] as const));
    at = Int32Array.from(land.features, (f) => index.get(f.id) ?? -1);
    byLand.set(land, at);
  }
  return at;
}

/** A vendor's feature statuses, in `land.features` order; read from the packed row while it is packed. */
function statusesOf(land: Landscape, vendor: string): (feature: number) => Status {
  const packed = packedRow(land.dataset.cells, vendor);
  if (!packed) {
    const row = own(land.dataset.cells, vendor);
    return (k) => (own(row, (land.features[k] as { id: string }).id) ?? UNKNOWN_CELL).status;
  }
  const at = positionsIn(land, packed.ids);
  return (k) => {
    const i = at[k] as number;
    return i < 0 ? UNKNOWN_CELL.status : packed.status(i);
  };
}

/** A vendor's counts per category and in all, from one pass over the matrix. */
interface VendorCounts {
  all: Readonly<StatusCounts>;
  byCategory: Map<string, Readonly<StatusCounts>>;
}

/** Memoised per landscape and vendor: views ask for the same counts many times, and a landscape never changes. */
const memo = new WeakMap<Landscape, Map<string, VendorCounts>>();

function vendorCounts(land: Landscape, vendor: string): VendorCounts {
  let byVendor = memo.get(land);
  if (!byVendor) {
    byVendor = new Map();
    memo.set(land, byVendor);
  }
  let counts = byVendor.get(vendor);
  if (!counts) {
    // Tallies in one typed array, [category × status], then one object per category.
    const { categoryOf, ids } = categoryIndex(land);
    const tally = new Int32Array((ids.length + 1) * STATUSES.length);
    const statusOf = statusesOf(land, vendor);
    for (let k = 0; k < categoryOf.length; k++)
      (tally[(categoryOf[k] as number) * STATUSES.length + STATUS_CODE[statusOf(k)]] as number)++;
    const all = emptyCounts();
    const byCategory = new Map<string, StatusCounts>();
    for (let c = 0; c <= ids.length; c++) {
      const one = emptyCounts();
      STATUSES.forEach((s, i) => {
        const n = tally[c * STATUSES.length + i] as number;
        one[s] = n;
        all[s] += n;
      });
      const id = ids[c];
      if (id !== undefined) byCategory.set(id, Object.freeze(one));
    }
    counts = { all: Object.freeze(all), byCategory };
    byVendor.set(vendor, counts);
  }
  return counts;
}

/** Each feature's category as an index into the landscape's categories; a feature of no known category, their count. */
const categoryIndexes = new WeakMap<Landscape, { categoryOf: Int32Array; ids: string[] }>();

function categoryIndex(land: Landscape): { categoryOf: Int32Array; ids: string[] } {
  let found = categoryIndexes.get(land);
  if (!found) {
    const ids = land.categories.map((c) => c.id);
    const index = new Map(ids.map((id, i) => [id, i] as const));
    found = { categoryOf: Int32Array.from(land.features, (f) => index.get(f.category) ?? ids.length), ids };
    categoryIndexes.set(land, found);
  }
  return found;
}

/** How many of a vendor's feature cells have each status, in one category or in all. */
export function featureCounts(land: Landscape, vendor: string, category?: string): Readonly<StatusCounts> {
  const counts = vendorCounts(land, vendor);
  return category === undefined ? counts.all : (counts.byCategory.get(category) ?? Object.freeze(emptyCounts()));
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
