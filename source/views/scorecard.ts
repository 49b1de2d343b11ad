/**
 * The scorecard: per vendor, a score per category from the matrix statuses
 * (ga 1, preview and partial ½, none 0; unknown left out and counted), an
 * overall score as the weighted mean of the category scores (weights from
 * ViewOptions; equal by default, 0 excludes), the ranking, and the quadrant
 * (breadth × maturity). The screen and every printed format draw from this one
 * model, so they cannot disagree.
 */
import type { Landscape } from '../model/landscape.js';
import { type ShortlistEntry, shortlist } from '../model/mustHave.js';
import { DEFAULT_MIN_COVERAGE, type NotRankedReason, rankHonestly } from '../model/ranking.js';
import { type CategoryScore, resolveWeights, type ScoreRange, scoreVendor, type VendorScore } from '../model/score.js';
import { type Sensitivity, sensitivity } from '../model/sensitivity.js';
import { buildQuadrant, type QuadrantView, quadrantSection } from './quadrant.js';
import {
  notRankedText,
  percent,
  rangeText,
  rankText,
  scoreWithRange,
  sensitivityText,
  weightText,
} from './scoreText.js';
import type { BuiltView, TableRow, TableSection, ViewOptions } from './types.js';

export { percent, weightText };

export interface RankedVendor {
  /** 1-based, shared by equal scores; undefined when not ranked. */
  rank: number | undefined;
  vendor: string;
  name: string;
  score: number | undefined;
  unknown: number;
  scored: number;
  coverage: number;
  range: ScoreRange | undefined;
  ranked: boolean;
  /** Why not ranked (undefined when ranked). */
  why: NotRankedReason | undefined;
  /** Vendors this one is tied with (overlapping ranges), in ranking order. */
  tiedWith: string[];
  /** Tied with the vendor just above (`=`). */
  tiedAbove: boolean;
}

export interface ScorecardModel {
  /** Every category's weight, in dataset order. */
  weights: Record<string, number>;
  /** Categories with weight 0. */
  excluded: string[];
  equal: boolean;
  /** The least coverage (0..1) a vendor needs to be ranked. */
  minCoverage: number;
  categories: { id: string; name: string; weight: number; byVendor: CategoryScore[]; sensitivity: Sensitivity }[];
  /** In display (vendor filter) order. */
  vendors: VendorScore[];
  /** Ranked vendors best first, then those not ranked. */
  ranking: RankedVendor[];
  /** Must-have ids (empty: none asked for). */
  require: string[];
  /** One entry per vendor, in display order, when must-haves are asked for. */
  shortlist: ShortlistEntry[];
  quadrant: QuadrantView;
}

export function buildScorecardModel(land: Landscape, opts: ViewOptions): ScorecardModel {
  const weights = resolveWeights(land, opts.weights);
  const minCoverage = opts.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const require = [...(opts.require ?? [])];
  const vendors = opts.vendors.map((v) => scoreVendor(land, v, weights));
  const list = require.length > 0 ? shortlist(land, opts.vendors, require) : [];
  const eliminated = new Set(list.filter((e) => e.eliminated).map((e) => e.vendor));
  const categories = land.categories.map((c, i) => ({
    id: c.id,
    name: c.name,
    weight: weights[c.id] ?? 1,
    byVendor: vendors.map((v) => v.categories[i] as CategoryScore),
    sensitivity: sensitivity(vendors, c.id, minCoverage, eliminated),
  }));
  const name = (id: string) => land.vendorById.get(id)?.name ?? id;
  const ranking: RankedVendor[] = rankHonestly(vendors, minCoverage, eliminated).map((e) => ({
    rank: e.rank,
    vendor: e.item.vendor,
    name: name(e.item.vendor),
    score: e.item.score,
    unknown: e.item.unknown,
    scored: e.item.scored,
    coverage: e.item.coverage,
    range: e.item.range,
    ranked: e.ranked,
    why: e.why,
    tiedWith: e.tiedWith,
    tiedAbove: e.tiedAbove,
  }));
  const values = Object.values(weights);
  return {
    weights,
    excluded: land.categories.filter((c) => weights[c.id] === 0).map((c) => c.id),
    equal: values.every((w) => w === values[0]) && (values[0] ?? 1) > 0,
    minCoverage,
    categories,
    vendors,
    ranking,
    require,
    shortlist: list,
    quadrant: buildQuadrant(land, opts.vendors, minCoverage),
  };
}

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

/** `=2. SageMaker AI 93% (91–95)` for a ranked vendor. */
const rankedText = (r: RankedVendor) => `${rankText(r)}. ${r.name} ${scoreWithRange(r.score, r.range)}`;

export function rankingNote(m: ScorecardModel): string {
  const ranked = m.ranking.filter((r) => r.ranked);
  const rest = m.ranking.filter((r) => !r.ranked);
  const head = ranked.length > 0 ? ranked.map(rankedText).join('  ') : 'no vendor is ranked';
  return `Ranking: ${head}${rest.length > 0 ? `; ${rest.map((r) => `${r.name} ${notRankedText(r)}`).join('; ')}` : ''}`;
}

/** Why each `=` is a tie, and why each vendor is not ranked: one sentence each. */
export function explanations(m: ScorecardModel, name: (vendor: string) => string = (v) => v): string[] {
  const out: string[] = [];
  m.ranking.forEach((r, i) => {
    const above = m.ranking[i - 1];
    if (r.tiedAbove && above) {
      out.push(
        `= ${name(r.vendor)} ties ${name(above.vendor)}: ranges ${rangeText(r.range)} and ${rangeText(above.range)} overlap, so the unknown cells alone could swap them.`,
      );
    }
    if (r.why === 'too-little-known') {
      out.push(
        `${name(r.vendor)} ${notRankedText(r)} (${percent(r.coverage)} of cells known; ranking needs ${percent(m.minCoverage)}).`,
      );
    } else if (r.why === 'no-score') out.push(`${name(r.vendor)} ${notRankedText(r)}.`);
    // An eliminated vendor is explained by the must-have notes, with what it lacks.
  });
  return out;
}

/** The shortlist in one sentence per vendor that is eliminated or flagged. */
export function shortlistNotes(m: ScorecardModel, name: (vendor: string) => string = (v) => v): string[] {
  if (m.require.length === 0) return [];
  return [
    `Must-haves: ${m.require.join(', ')} (None or Unknown eliminates; Preview passes, flagged).`,
    ...m.shortlist.flatMap((e) => [
      ...(e.eliminated ? [`${name(e.vendor)} eliminated: missing ${e.missing.join(', ')}.`] : []),
      ...(e.preview.length > 0 ? [`${name(e.vendor)} has ${e.preview.join(', ')} only in preview.`] : []),
    ]),
  ];
}

/** The shortlist entry's cell text: `ok`, `ok (preview: x)`, `out: x, y`. */
export function mustHaveText(e: ShortlistEntry | undefined): string {
  if (!e) return '';
  if (e.eliminated) return `out: ${e.missing.join(', ')}`;
  return e.preview.length > 0 ? `ok (preview: ${e.preview.join(', ')})` : 'ok';
}

/** The rank cell: `1`, `=2 (= azure-ml)` when tied, or `not ranked`. */
export function rankCell(r: RankedVendor | undefined): string {
  if (!r) return '';
  if (!r.ranked) return 'not ranked';
  return r.tiedWith.length > 0 ? `${rankText(r)} (= ${r.tiedWith.join(', ')})` : rankText(r);
}

/** Per category whose weight can change the leader, at which weight; then the categories whose weight cannot. */
export function sensitivityNotes(m: ScorecardModel): string[] {
  const counted = m.categories.filter((c) => c.weight > 0);
  const moving = counted.filter((c) => c.sensitivity.spans.length > 1);
  const still = counted.filter((c) => c.sensitivity.spans.length <= 1);
  const id = (v: string) => v;
  return [
    ...moving.map((c) => `Sensitivity, ${c.name} (×${weightText(c.weight)}): ${sensitivityText(c.sensitivity, id)}.`),
    ...(still.length > 0
      ? [`Sensitivity: no weight of ${still.map((c) => c.name).join(', ')} alone changes the leader.`]
      : []),
  ];
}

export const SCALE_NOTE =
  'Score = (GA + ½·Preview + ½·Partial) ÷ known cells, Unknown left out; (low–high) = the score if every Unknown cell were None or GA. Overall = Σ weight × score ÷ Σ weight over the categories with a score. Coverage = known cells ÷ all cells.';

function rankingSection(m: ScorecardModel): TableSection {
  const byVendor = new Map(m.shortlist.map((e) => [e.vendor, e]));
  const must = m.require.length > 0;
  return {
    title: 'Ranking',
    columns: [
      { id: 'rank', title: 'Rank', align: 'right', minWidth: 4, maxWidth: 10 },
      { id: 'vendor', title: 'Vendor', minWidth: 12, maxWidth: 40 },
      { id: 'score', title: 'Score', align: 'right', minWidth: 5, maxWidth: 5 },
      { id: 'low', title: 'Low', align: 'right', minWidth: 4, maxWidth: 4 },
      { id: 'high', title: 'High', align: 'right', minWidth: 4, maxWidth: 4 },
      { id: 'coverage', title: 'Coverage', align: 'right', minWidth: 8, maxWidth: 8 },
      { id: 'tied', title: 'Tied with', minWidth: 9, maxWidth: 40 },
      ...(must ? [{ id: 'must', title: 'Must-haves', minWidth: 10, maxWidth: 40 }] : []),
    ],
    rows: m.ranking.map((r) => ({
      id: r.vendor,
      cells: [
        { text: r.ranked ? rankText(r) : '—' },
        { text: r.name, dim: !r.ranked },
        { text: percent(r.score) },
        { text: percent(r.range?.low) },
        { text: percent(r.range?.high) },
        { text: percent(r.coverage) },
        { text: r.ranked ? r.tiedWith.join(', ') : notRankedText(r) },
        ...(must ? [{ text: mustHaveText(byVendor.get(r.vendor)) }] : []),
      ],
    })),
    notes: [`Vendors with less than ${percent(m.minCoverage)} of their cells known are not ranked (--min-coverage).`],
  };
}

const keptModels = new WeakMap<Landscape, Map<string, ScorecardModel>>();

/**
 * `buildScorecardModel`, kept per landscape for the same vendors, weights,
 * must-haves and minimum coverage (the model is pure and read-only): the
 * Scorecard table, its view and the Overview's ranking share one, and Tab
 * back to the Scorecard does not score every vendor again.
 */
export function keptScorecardModel(land: Landscape, opts: ViewOptions): ScorecardModel {
  let kept = keptModels.get(land);
  if (!kept) {
    kept = new Map();
    keptModels.set(land, kept);
  }
  const key = JSON.stringify([opts.vendors, opts.weights ?? null, opts.require ?? [], opts.minCoverage ?? null]);
  let m = kept.get(key);
  if (!m) {
    m = buildScorecardModel(land, opts);
    if (kept.size >= 8) kept.clear();
    kept.set(key, m);
  }
  return m;
}

export function buildScorecard(land: Landscape, opts: ViewOptions): BuiltView {
  const m = keptScorecardModel(land, opts);
  const vendors = opts.vendors;
  const out = new Set(m.shortlist.filter((e) => e.eliminated).map((e) => e.vendor));
  const byVendor = new Map(m.shortlist.map((e) => [e.vendor, e]));
  const ranks = new Map(m.ranking.map((r) => [r.vendor, r]));
  const name = (id: string) => land.vendorById.get(id)?.name ?? id;
  const categoryRows: TableRow[] = m.categories.map((c) => ({
    id: c.id,
    cells: [
      { text: c.name, dim: c.weight === 0 },
      { text: weightText(c.weight), dim: c.weight === 0 },
      ...c.byVendor.map((b, i) => ({
        text: scoreWithRange(b.score, b.range),
        ref: { kind: 'score' as const, row: c.id, vendor: vendors[i] as string },
        dim: c.weight === 0 || out.has(vendors[i] as string),
      })),
    ],
  }));
  const factRow = (id: string, title: string, text: (v: string) => string): TableRow => ({
    id,
    cells: [{ text: title }, { text: '' }, ...vendors.map((v) => ({ text: text(v), dim: out.has(v) }))],
  });
  const json = (r: ScoreRange | undefined) => (r ? { low: r.low, high: r.high } : null);
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
          title: name(v),
          align: 'right' as const,
          vendor: v,
          // Wide enough for "100% (50–100)" without an ellipsis.
          minWidth: 13,
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
              text: scoreWithRange(o.score, o.range),
              ref: { kind: 'score' as const, row: 'overall', vendor: o.vendor },
              dim: out.has(o.vendor),
            })),
          ],
        },
        factRow('coverage', 'Coverage', (v) => percent(m.vendors.find((x) => x.vendor === v)?.coverage)),
        factRow('rank', 'Rank', (v) => rankCell(ranks.get(v))),
        ...(m.require.length > 0 ? [factRow('must-haves', 'Must-haves', (v) => mustHaveText(byVendor.get(v)))] : []),
      ],
      notes: [
        SCALE_NOTE,
        weightsNote(land, m),
        rankingNote(m),
        ...explanations(m, name),
        ...shortlistNotes(m, name),
        ...sensitivityNotes(m),
      ],
      sections: [rankingSection(m), quadrantSection(m.quadrant)],
    },
    json: {
      view: 'scorecard',
      asOf: land.asOf,
      scale: { ga: 1, preview: 0.5, partial: 0.5, none: 0, unknown: null },
      weights: m.weights,
      excluded: m.excluded,
      minCoverage: m.minCoverage,
      vendors: vendors.map((id) => ({ id, name: name(id) })),
      rows: m.categories.map((c) => ({
        id: c.id,
        category: c.id,
        name: c.name,
        weight: c.weight,
        scores: Object.fromEntries(
          c.byVendor.map((b, i) => [
            vendors[i],
            { score: b.score ?? null, coverage: b.coverage, range: json(b.range), ...b.counts },
          ]),
        ),
      })),
      overall: m.vendors.map((o) => ({
        vendor: o.vendor,
        score: o.score ?? null,
        unknown: o.unknown,
        scored: o.scored,
        coverage: o.coverage,
        range: json(o.range),
      })),
      ranking: m.ranking.map((r) => ({
        rank: r.rank ?? null,
        vendor: r.vendor,
        score: r.score ?? null,
        coverage: r.coverage,
        range: json(r.range),
        ranked: r.ranked,
        tiedWith: r.tiedWith,
      })),
      sensitivity: m.categories.map((c) => ({
        category: c.id,
        weight: c.weight,
        leader: c.sensitivity.leader ?? null,
        spans: c.sensitivity.spans.map((x) => ({ from: x.from, to: x.to ?? null, leader: x.leader ?? null })),
        text: sensitivityText(c.sensitivity, (v) => v),
      })),
      ...(m.require.length > 0
        ? {
            require: m.require,
            shortlist: m.shortlist.map((e) => ({
              vendor: e.vendor,
              eliminated: e.eliminated,
              missing: e.missing,
              preview: e.preview,
            })),
          }
        : {}),
      quadrant: m.quadrant.points.map((p) => ({
        vendor: p.vendor,
        breadth: p.breadth ?? null,
        maturity: p.maturity ?? null,
        quadrant: p.quadrant ?? null,
        breadthRange: json(p.breadthRange),
        maturityRange: json(p.maturityRange),
        coverage: p.coverage,
        ...p.counts,
      })),
      quadrantSplit: m.quadrant.split,
    },
  };
}
