/**
 * The scorecard as a spreadsheet reads it: per vendor, the score as a number
 * from 0 to 1, the coverage (the share of its cells that are known, 0 to 1)
 * and the count of Unknown cells; the weight as a number. Kept apart from the
 * scorecard's own model so the table on screen is untouched.
 */
import type { Landscape } from '../model/landscape.js';
import type { StatusCounts } from '../model/stats.js';
import type { ScorecardModel } from './scorecard.js';
import type { BuiltView, CsvValue } from './types.js';

/** Known cells ÷ all cells, or null when there are none. */
export function coverageOf(counts: StatusCounts): number | null {
  const known = counts.ga + counts.preview + counts.partial + counts.none;
  const all = known + counts.unknown;
  return all === 0 ? null : known / all;
}

function sum(list: readonly StatusCounts[]): StatusCounts {
  const out: StatusCounts = { ga: 0, preview: 0, partial: 0, none: 0, unknown: 0 };
  for (const c of list) for (const k of Object.keys(out) as (keyof StatusCounts)[]) out[k] += c[k];
  return out;
}

function vendorValues(land: Landscape, vendor: string, score: number | undefined, counts: StatusCounts) {
  const name = land.vendorById.get(vendor)?.name ?? vendor;
  return {
    [name]: score ?? null,
    [`${name} coverage`]: coverageOf(counts),
    [`${name} unknown`]: counts.unknown,
  } satisfies Record<string, CsvValue>;
}

/** The view with a spreadsheet record on each row (category rows, then the overall row). */
export function withScorecardCsv(view: BuiltView, m: ScorecardModel, land: Landscape): BuiltView {
  const byId = new Map(m.categories.map((c) => [c.id, c]));
  const rows = view.table.rows.map((row) => {
    const c = byId.get(row.id);
    const csv: Record<string, CsvValue> = c
      ? Object.assign(
          { Category: c.name, Weight: c.weight },
          ...c.byVendor.map((b, i) => vendorValues(land, m.vendors[i]?.vendor ?? '', b.score, b.counts)),
        )
      : Object.assign(
          { Category: 'Overall', Weight: null },
          ...m.vendors.map((v) =>
            vendorValues(land, v.vendor, v.score, sum(v.categories.filter((x) => x.weight > 0).map((x) => x.counts))),
          ),
        );
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
