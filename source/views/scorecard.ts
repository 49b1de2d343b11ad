/**
 * The scorecard: per vendor, a score per category from the matrix statuses
 * (ga 1, preview and partial 0.5, none 0; unknown left out and counted), and
 * an overall score as the equal-weighted mean of category scores.
 */
import type { Landscape } from '../model/landscape.js';
import { featureCounts, scoreOf } from '../model/stats.js';
import type { BuiltView, ViewOptions } from './types.js';

export function percent(score: number | undefined): string {
  return score === undefined ? 'n/a' : `${Math.round(score * 100)}%`;
}

export function buildScorecard(land: Landscape, opts: ViewOptions): BuiltView {
  const vendors = opts.vendors;
  const perCategory = land.categories.map((c) => ({
    category: c,
    byVendor: vendors.map((v) => {
      const counts = featureCounts(land, v, c.id);
      return { vendor: v, counts, score: scoreOf(counts) };
    }),
  }));
  const overall = vendors.map((v, i) => {
    const scores = perCategory.map((pc) => pc.byVendor[i]?.score).filter((s): s is number => s !== undefined);
    const unknown = perCategory.reduce((n, pc) => n + (pc.byVendor[i]?.counts.unknown ?? 0), 0);
    return {
      vendor: v,
      score: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined,
      unknown,
    };
  });
  const ranking = [...overall].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  return {
    table: {
      view: 'scorecard',
      title: 'Scorecard (equal category weights)',
      frozen: 1,
      columns: [
        { id: 'category', title: 'Category', minWidth: 14, maxWidth: 40 },
        ...vendors.map((v) => ({
          id: v,
          title: land.vendorById.get(v)?.name ?? v,
          align: 'right' as const,
          vendor: v,
          minWidth: 8,
          maxWidth: 24,
        })),
      ],
      rows: [
        ...perCategory.map((pc) => ({
          id: pc.category.id,
          cells: [
            { text: pc.category.name },
            ...pc.byVendor.map((b) => ({
              text: `${percent(b.score)}${b.counts.unknown ? ` (${b.counts.unknown}?)` : ''}`,
            })),
          ],
        })),
        {
          id: 'overall',
          cells: [
            { text: 'Overall' },
            ...overall.map((o) => ({ text: `${percent(o.score)}${o.unknown ? ` (${o.unknown}?)` : ''}` })),
          ],
        },
      ],
      notes: [
        'Score = (GA + ½·Preview + ½·Partial) ÷ known cells; Unknown cells are left out and shown as (n?).',
        `Ranking: ${ranking.map((r, i) => `${i + 1}. ${land.vendorById.get(r.vendor)?.name ?? r.vendor} ${percent(r.score)}`).join('  ')}`,
      ],
    },
    json: {
      view: 'scorecard',
      asOf: land.asOf,
      scale: { ga: 1, preview: 0.5, partial: 0.5, none: 0, unknown: null },
      weights: Object.fromEntries(land.categories.map((c) => [c.id, 1])),
      vendors: vendors.map((id) => ({ id, name: land.vendorById.get(id)?.name ?? id })),
      rows: perCategory.map((pc) => ({
        id: pc.category.id,
        category: pc.category.id,
        name: pc.category.name,
        scores: Object.fromEntries(pc.byVendor.map((b) => [b.vendor, { score: b.score ?? null, ...b.counts }])),
      })),
      overall: overall.map((o) => ({ vendor: o.vendor, score: o.score ?? null, unknown: o.unknown })),
    },
  };
}
