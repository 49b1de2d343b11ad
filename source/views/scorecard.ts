/**
 * The scorecard: per vendor, a score per category from the matrix statuses
 * (ga 1, preview and partial ½, none 0; unknown left out and counted), an
 * overall score as the weighted mean of the category scores (weights from
 * ViewOptions; equal by default, 0 excludes), the ranking, and the quadrant
 * (breadth × maturity). The screen and every printed format draw from this one
 * model, so they cannot disagree.
 */
import type { Landscape } from '../model/landscape.js';
import { type CategoryScore, rank, resolveWeights, scoreVendor, TIE, type VendorScore } from '../model/score.js';
import { percent } from '../text/format.js';
import { buildQuadrant, type QuadrantView, quadrantSection } from './quadrant.js';
import type { BuiltView, TableRow, ViewOptions } from './types.js';

/** A weight as people write it: 3, 1.5, 0. */
export function weightText(w: number): string {
  return String(Math.round(w * 100) / 100);
}

export interface RankedVendor {
  /** 1-based; vendors whose scores tie share a rank. */
  rank: number;
  vendor: string;
  name: string;
  score: number | undefined;
  unknown: number;
  scored: number;
}

export interface ScorecardModel {
  /** Every category's weight, in dataset order. */
  weights: Record<string, number>;
  /** Categories with weight 0. */
  excluded: string[];
  equal: boolean;
  categories: { id: string; name: string; weight: number; byVendor: CategoryScore[] }[];
  /** In display (vendor filter) order. */
  vendors: VendorScore[];
  ranking: RankedVendor[];
  quadrant: QuadrantView;
}

export function buildScorecardModel(land: Landscape, opts: ViewOptions): ScorecardModel {
  const weights = resolveWeights(land, opts.weights);
  const vendors = opts.vendors.map((v) => scoreVendor(land, v, weights));
  const categories = land.categories.map((c, i) => ({
    id: c.id,
    name: c.name,
    weight: weights[c.id] ?? 1,
    byVendor: vendors.map((v) => v.categories[i] as CategoryScore),
  }));
  const name = (id: string) => land.vendorById.get(id)?.name ?? id;
  const ranked = rank(vendors);
  const ranking: RankedVendor[] = [];
  ranked.forEach((v, i) => {
    const prev = ranking[i - 1];
    const tied = prev && prev.score !== undefined && v.score !== undefined && Math.abs(prev.score - v.score) <= TIE;
    ranking.push({
      rank: tied && prev ? prev.rank : i + 1,
      vendor: v.vendor,
      name: name(v.vendor),
      score: v.score,
      unknown: v.unknown,
      scored: v.scored,
    });
  });
  const values = Object.values(weights);
  return {
    weights,
    excluded: land.categories.filter((c) => weights[c.id] === 0).map((c) => c.id),
    equal: values.every((w) => w === values[0]) && (values[0] ?? 1) > 0,
    categories,
    vendors,
    ranking,
    quadrant: buildQuadrant(land, opts.vendors),
  };
}

const unknownMark = (n: number) => (n ? ` (${n}?)` : '');

/** How the weights read in a note: equal, or the ones that differ from 1 and the excluded. */
function weightsNote(land: Landscape, m: ScorecardModel): string {
  if (m.equal) return 'Weights: equal (every category counts the same).';
  const name = (id: string) => land.categoryById.get(id)?.name ?? id;
  const changed = m.categories.filter((c) => c.weight !== 1 && c.weight !== 0);
  const parts = [
    changed.length > 0 ? changed.map((c) => `${name(c.id)} ×${weightText(c.weight)}`).join(', ') : '',
    m.excluded.length > 0 ? `excluded: ${m.excluded.map(name).join(', ')}` : '',
  ].filter(Boolean);
  return `Weights: ${parts.join('; ')}; every other category ×1.`;
}

function rankingNote(m: ScorecardModel): string {
  return `Ranking: ${m.ranking.map((r) => `${r.rank}. ${r.name} ${percent(r.score)}`).join('  ')}`;
}

const SCALE_NOTE =
  'Score = (GA + ½·Preview + ½·Partial) ÷ known cells; (n?) = n Unknown cells, left out. Overall = Σ weight × score ÷ Σ weight over the categories with a score.';

export function buildScorecard(land: Landscape, opts: ViewOptions): BuiltView {
  const m = buildScorecardModel(land, opts);
  const vendors = opts.vendors;
  const categoryRows: TableRow[] = m.categories.map((c) => ({
    id: c.id,
    cells: [
      { text: c.name, dim: c.weight === 0 },
      { text: weightText(c.weight), dim: c.weight === 0 },
      ...c.byVendor.map((b, i) => ({
        text: `${percent(b.score)}${unknownMark(b.counts.unknown)}`,
        ref: { kind: 'score' as const, row: c.id, vendor: vendors[i] as string },
        dim: c.weight === 0,
      })),
    ],
  }));
  return {
    table: {
      view: 'scorecard',
      title: m.equal ? 'Scorecard (equal weights)' : 'Scorecard (your weights)',
      frozen: 2,
      columns: [
        { id: 'category', title: 'Category', minWidth: 14, maxWidth: 40 },
        { id: 'weight', title: 'Weight', align: 'right', minWidth: 6, maxWidth: 6 },
        ...vendors.map((v) => ({
          id: v,
          title: land.vendorById.get(v)?.name ?? v,
          align: 'right' as const,
          vendor: v,
          // Wide enough for "100% (12?)" without an ellipsis.
          minWidth: 10,
          maxWidth: 24,
        })),
      ],
      rows: [
        ...categoryRows,
        {
          id: 'overall',
          total: true,
          cells: [
            { text: 'Overall' },
            { text: '' },
            ...m.vendors.map((o) => ({
              text: `${percent(o.score)}${unknownMark(o.unknown)}`,
              ref: { kind: 'score' as const, row: 'overall', vendor: o.vendor },
            })),
          ],
        },
      ],
      notes: [SCALE_NOTE, weightsNote(land, m), rankingNote(m)],
      sections: [quadrantSection(m.quadrant)],
    },
    json: {
      view: 'scorecard',
      asOf: land.asOf,
      scale: { ga: 1, preview: 0.5, partial: 0.5, none: 0, unknown: null },
      weights: m.weights,
      excluded: m.excluded,
      vendors: vendors.map((id) => ({ id, name: land.vendorById.get(id)?.name ?? id })),
      rows: m.categories.map((c) => ({
        id: c.id,
        category: c.id,
        name: c.name,
        weight: c.weight,
        scores: Object.fromEntries(c.byVendor.map((b, i) => [vendors[i], { score: b.score ?? null, ...b.counts }])),
      })),
      overall: m.vendors.map((o) => ({
        vendor: o.vendor,
        score: o.score ?? null,
        unknown: o.unknown,
        scored: o.scored,
      })),
      ranking: m.ranking.map((r) => ({ rank: r.rank, vendor: r.vendor, score: r.score ?? null })),
      quadrant: m.quadrant.points.map((p) => ({
        vendor: p.vendor,
        breadth: p.breadth ?? null,
        maturity: p.maturity ?? null,
        quadrant: p.quadrant ?? null,
        ...p.counts,
      })),
      quadrantSplit: m.quadrant.split,
    },
  };
}
