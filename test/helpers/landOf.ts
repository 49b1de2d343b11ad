/** Small synthetic landscapes for scoring tests: any matrix of statuses, built on the small fixture. */
import { loadOrThrow } from '../../source/data/load.js';
import type { Cell, Dataset, Status } from '../../source/data/schema.js';
import { buildLandscape, type Landscape } from '../../source/model/landscape.js';
import { SMALL } from './tmp.js';

const base = loadOrThrow(SMALL).dataset;

/** A landscape of `vendors` × `categories` with the given statuses (feature f{i} in category c{i % categories}). */
export function landOf(statuses: Status[][], categories: number): Landscape {
  const vendors = statuses.map((_, v) => `v${v}`);
  const nFeatures = statuses[0]?.length ?? 0;
  const features = Array.from({ length: nFeatures }, (_, i) => ({
    id: `f${i}`,
    category: `c${i % categories}`,
    name: `Feature ${i}`,
  }));
  const cells: Record<string, Record<string, Cell>> = {};
  statuses.forEach((row, v) => {
    cells[`v${v}`] = Object.fromEntries(row.map((s, i) => [`f${i}`, { status: s, sources: [] } as Cell]));
  });
  const dataset: Dataset = {
    ...base,
    vendors: vendors.map((id) => ({ ...(base.vendors[0] as Dataset['vendors'][number]), id, name: id, aliases: [] })),
    vendorOrder: undefined,
    categories: Array.from({ length: categories }, (_, i) => ({ id: `c${i}`, name: `Category ${i}` })),
    features: features as Dataset['features'],
    cells,
    compute: {},
  } as Dataset;
  return buildLandscape(dataset);
}
