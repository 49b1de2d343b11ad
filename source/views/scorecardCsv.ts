/**
 * The scorecard as a spreadsheet reads it: per vendor, the score as a number
 * from 0 to 1, the coverage (the share of its cells that are known, 0 to 1)
 * and the count of Unknown cells; the weight as a number. Kept apart from the
 * scorecard's own model so the table on screen is untouched.
 */
import type { Landscape } from '../model/landscape.js';
import type { ScoreRange } from '../model/score.js';
import type { StatusCounts } from '../model/stats.js';
import type { ScorecardModel } from './scorecard.js';
import type { BuiltView, CsvValue } from './types.js';

/** Known cells ÷ all cells, or null when there are none. */
export function coverageOf(counts: StatusCounts): number | null {
  const known = counts.ga + counts.preview + counts.partial + counts.none;
  const all = known + counts.unknown;
  return all === 0 ? null : known / all;
}

/** Per vendor: the score and its range (0..1), the coverage (0..1) and the Unknown count. */
function vendorValues(
  land: Landscape,
  vendor: string,
  score: { score: number | undefined; range: ScoreRange | undefined; coverage: number; unknown: number },
) {
  const name = land.vendorById.get(vendor)?.name ?? vendor;
  return {
    [name]: score.score ?? null,
    [`${name} low`]: score.range?.low ?? null,
    [`${name} high`]: score.range?.high ?? null,
    [`${name} coverage`]: score.coverage,
    [`${name} unknown`]: score.unknown,
  } satisfies Record<string, CsvValue>;
}

/** Per vendor, one fact in the score column and nothing in the others (rank, must-haves). */
function factValues(land: Landscape, vendor: string, value: CsvValue) {
  const name = land.vendorById.get(vendor)?.name ?? vendor;
  return {
    [name]: value,
    [`${name} low`]: null,
    [`${name} high`]: null,
    [`${name} coverage`]: null,
    [`${name} unknown`]: null,
  } satisfies Record<string, CsvValue>;
}

/**
 * The view with a spreadsheet record on each row: category rows and Overall
 * with score, range, coverage and Unknown count per vendor; Coverage (the
 * overall coverage in the score column); Rank (a number, empty when not
 * ranked, `=` ties named in the notes); Must-haves (ok, preview or the ids
 * that eliminate the vendor).
 */
export function withScorecardCsv(view: BuiltView, m: ScorecardModel, land: Landscape): BuiltView {
  const byId = new Map(m.categories.map((c) => [c.id, c]));
  const ranks = new Map(m.ranking.map((r) => [r.vendor, r]));
  const must = new Map(m.shortlist.map((e) => [e.vendor, e]));
  const rows = view.table.rows.map((row) => {
    const c = byId.get(row.id);
    let csv: Record<string, CsvValue>;
    if (c)
      csv = Object.assign(
        { Category: c.name, Weight: c.weight },
        ...c.byVendor.map((b, i) =>
          vendorValues(land, m.vendors[i]?.vendor ?? '', { ...b, unknown: b.counts.unknown }),
        ),
      );
    else if (row.id === 'overall')
      csv = Object.assign(
        { Category: 'Overall', Weight: null },
        ...m.vendors.map((v) => vendorValues(land, v.vendor, v)),
      );
    else if (row.id === 'coverage')
      csv = Object.assign(
        { Category: 'Coverage', Weight: null },
        ...m.vendors.map((v) => factValues(land, v.vendor, v.coverage)),
      );
    else if (row.id === 'rank')
      csv = Object.assign(
        { Category: 'Rank', Weight: null },
        ...m.vendors.map((v) => {
          const r = ranks.get(v.vendor);
          return factValues(land, v.vendor, r?.ranked && r.rank !== undefined ? r.rank : null);
        }),
      );
    else {
      csv = Object.assign(
        { Category: 'Must-haves', Weight: null },
        ...m.vendors.map((v) => {
          const e = must.get(v.vendor);
          const text = !e
            ? null
            : e.eliminated
              ? `out: ${e.missing.join(', ')}`
              : e.preview.length > 0
                ? `ok (preview: ${e.preview.join(', ')})`
                : 'ok';
          return factValues(land, v.vendor, text);
        }),
      );
    }
    return { ...row, csv };
  });
  const json = view.json;
  return {
    table: { ...view.table, rows },
    get json() {
      return json;
    },
  };
}
