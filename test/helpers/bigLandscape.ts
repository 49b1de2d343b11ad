/** A synthetic landscape of `vendors` × `features` for timing the dashboard on large user datasets. */
import type { Dataset } from '../../source/data/schema.js';
import { buildLandscape, type Landscape } from '../../source/model/landscape.js';

export function bigLandscape(vendorCount: number, featureCount: number): Landscape {
  const statuses = ['ga', 'preview', 'partial', 'none', 'unknown'] as const;
  const vendors = Array.from({ length: vendorCount }, (_, i) => ({
    id: `v${i}`,
    name: `Vendor ${i} Platform ${'日本'.repeat(i % 3)}`,
    parent: `Parent ${i}`,
    aliases: [],
    trainingProducts: ['Train'],
    openSource: [],
    sources: ['s0'],
  }));
  const categories = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, name: `Category ${i}` }));
  const features = Array.from({ length: featureCount }, (_, i) => ({
    id: `f${i}`,
    category: `c${i % 50}`,
    name: `Feature number ${i} with a longer name 🚀`,
  }));
  const cells: Dataset['cells'] = {};
  for (const [vi, v] of vendors.entries()) {
    const row: Dataset['cells'][string] = {};
    for (const [fi, f] of features.entries()) {
      row[f.id] = {
        status: statuses[(vi * 7 + fi * 3) % 5] ?? 'ga',
        note: `Note for ${f.id} at ${v.id}`,
        sources: ['s0'],
      };
    }
    cells[v.id] = row;
  }
  const dataset: Dataset = {
    name: 'big',
    asOf: '2026-01-01',
    vendors,
    categories,
    features,
    cells,
    accelerators: [{ id: 'a0', name: 'GPU', maker: 'Maker' }],
    compute: {},
    deals: [],
    market: [],
    trends: [],
    sources: [
      { id: 's0', title: 'Docs', url: 'https://example.com', publisher: 'P', kind: 'docs', accessed: '2026-01-01' },
    ],
  };
  return buildLandscape(dataset);
}
