/**
 * The decision record (`trainscape report`): what was compared, with which
 * profile, which vendors were shortlisted and why the others were not, how the
 * shortlist ranks, where the shortlisted vendors differ (every claim with its
 * evidence), and the dated changes coming for them. Pure: one model that the
 * Markdown and HTML printers draw.
 *
 * The ranking and the shortlist come through one small hook, `RankingSource`,
 * so the scorecard's model can grow (coverage, ranges, must-haves) without
 * this module changing: only the adapter does.
 */
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import { buildChanges } from './changes.js';
import { buildFeatures } from './features.js';
import { filterTable } from './rowFilter.js';
import { buildScorecardModel } from './scorecard.js';
import { type SourceJson, sourcesCited } from './sourcesCited.js';
import type { TableColumn, TableRow, ViewOptions } from './types.js';

/** One category's weight in the profile. */
export interface ProfileWeight {
  id: string;
  name: string;
  weight: number;
}

/** What the ranking hook reports: the profile it used, the shortlist and the ranking. */
export interface RankingData {
  profile: {
    /** Where the profile came from (a file), when it did. */
    name?: string;
    weights: ProfileWeight[];
    /** Must-have feature ids; a vendor without one is eliminated. */
    require: string[];
    /** The least share of known cells a vendor needs to be ranked (0..1). */
    minCoverage?: number;
  };
  shortlist: { vendor: string; eliminated: boolean; reasons: string[] }[];
  ranking: {
    /** 1-based; null when the vendor is not ranked. */
    rank: number | null;
    vendor: string;
    /** Overall score, 0..1. */
    score?: number;
    /** Share of the vendor's cells that are known, 0..1. */
    coverage?: number;
    /** The scores the unknown cells allow, when the model gives them. */
    range?: { low: number; high: number };
    /** Vendors this one ties with. */
    tiedWith: string[];
  }[];
}

export type RankingSource = (land: Landscape, opts: ViewOptions) => RankingData;

/**
 * The ranking from the scorecard model: weights, must-haves (eliminated vendors
 * with what they lack), the ranking with coverage, ranges and ties, vendors
 * below the minimum coverage listed as not ranked.
 */
export const scorecardRanking: RankingSource = (land, opts) => {
  const m = buildScorecardModel(land, opts);
  const must = new Map(m.shortlist.map((e) => [e.vendor, e]));
  return {
    profile: {
      weights: m.categories.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
      require: [...m.require],
    },
    shortlist: opts.vendors.map((vendor) => {
      const e = must.get(vendor);
      const reasons = [
        ...(e?.missing.length ? [`lacks ${e.missing.join(', ')} (None or Unknown)`] : []),
        ...(e?.preview.length ? [`only in preview: ${e.preview.join(', ')}`] : []),
      ];
      return { vendor, eliminated: e?.eliminated ?? false, reasons };
    }),
    ranking: m.ranking.map((r) => ({
      rank: r.ranked && r.rank !== undefined ? r.rank : null,
      vendor: r.vendor,
      ...(r.score !== undefined ? { score: r.score } : {}),
      coverage: r.coverage,
      ...(r.range ? { range: { low: r.range.low, high: r.range.high } } : {}),
      tiedWith: [...r.tiedWith],
    })),
  };
};

export interface ReportOptions extends ViewOptions {
  freshness: Freshness;
  ranking?: RankingSource;
}

export interface ReportModel {
  title: string;
  /** The day the record was written (today). */
  date: string;
  asOf: string;
  vendors: { id: string; name: string }[];
  profile: RankingData['profile'];
  /** Weights that differ from 1, and whether all are equal. */
  equalWeights: boolean;
  shortlisted: string[];
  eliminated: { vendor: string; name: string; reasons: string[] }[];
  ranking: (RankingData['ranking'][number] & { name: string })[];
  /** Where the shortlisted vendors differ, by category: the feature column, then one per vendor. */
  differences: { columns: TableColumn[]; groups: { id: string; name: string; rows: TableRow[] }[] };
  /** Dated changes from today on for the shortlisted vendors (date, when, vendor, kind, claim, status, note). */
  changes: { columns: TableColumn[]; rows: TableRow[] };
  /** Every source the record cites, first-cited order. */
  sources: SourceJson[];
}

export function buildReport(land: Landscape, opts: ReportOptions): ReportModel {
  const name = (id: string) => land.vendorById.get(id)?.name ?? id;
  const data = (opts.ranking ?? scorecardRanking)(land, opts);
  const eliminatedIds = new Set(data.shortlist.filter((s) => s.eliminated).map((s) => s.vendor));
  const shortlisted = opts.vendors.filter((v) => !eliminatedIds.has(v));

  const features = buildFeatures(land, { vendors: shortlisted, freshness: opts.freshness }).table;
  const differing = filterTable(features, { differencesOnly: true });
  const groups = (features.groups ?? [])
    .map((g) => ({ id: g.id, name: g.name, rows: differing.rows.filter((r) => r.group === g.id) }))
    .filter((g) => g.rows.length > 0);

  const changes = buildChanges(land, { vendors: shortlisted }).table;
  const coming = changes.rows.filter((r) => r.group === 'upcoming' || r.group === 'later');

  const cited = [...differing.rows, ...coming].flatMap((r) => r.cells.flatMap((c) => c.cite?.sources ?? []));
  const weights = data.profile.weights.map((w) => w.weight);
  return {
    title: `Training platform decision record: ${shortlisted.map(name).join(', ') || 'no vendor shortlisted'}`,
    date: opts.freshness.today,
    asOf: land.asOf,
    vendors: opts.vendors.map((id) => ({ id, name: name(id) })),
    profile: data.profile,
    equalWeights: weights.every((w) => w === weights[0]) && (weights[0] ?? 1) > 0,
    shortlisted,
    eliminated: data.shortlist
      .filter((s) => s.eliminated)
      .map((s) => ({ vendor: s.vendor, name: name(s.vendor), reasons: s.reasons })),
    ranking: data.ranking.filter((r) => shortlisted.includes(r.vendor)).map((r) => ({ ...r, name: name(r.vendor) })),
    differences: { columns: features.columns, groups },
    changes: { columns: changes.columns, rows: coming },
    sources: sourcesCited(land, cited),
  };
}
