/** The feature matrix: one row per feature, one status column per shown vendor. */
import type { Status } from '../data/schema.js';
import { type Freshness, isStaleClaim, staleLegend } from '../model/freshness.js';
import { cellOf, claimDate, type Landscape } from '../model/landscape.js';
import { withLazyJson } from './lazy.js';
import { sourcesCited } from './sourcesCited.js';
import { STATUS_WORD } from './status.js';
import type { BuiltView, TableModel, ViewOptions } from './types.js';
import { vendorColumns } from './vendorColumns.js';

export function buildFeatures(land: Landscape, opts: ViewOptions): BuiltView {
  const vendors = opts.vendors;
  const f0 = opts.freshness;
  let anyStale = false;
  const table: TableModel = {
    view: 'features',
    title: 'Feature matrix',
    columns: [{ id: 'feature', title: 'Feature', minWidth: 16, maxWidth: 44 }, ...vendorColumns(land, vendors)],
    groups: land.categories.map((c) => ({ id: c.id, name: c.name })),
    frozen: 1,
    rows: land.features.map((f) => ({
      id: f.id,
      group: f.category,
      searchText: [f.description ?? '', ...vendors.map((v) => cellOf(land, v, f.id).note ?? '')].join('\n'),
      cells: [
        { text: f.name },
        ...vendors.map((v) => {
          const cell = cellOf(land, v, f.id);
          const stale = isStaleClaim(land, cell, f0);
          if (stale) anyStale = true;
          return {
            text: STATUS_WORD[cell.status],
            status: cell.status,
            ref: { kind: 'feature' as const, row: f.id, vendor: v },
            ...(stale ? { stale } : {}),
          };
        }),
      ],
    })),
  };

  if (anyStale && f0) table.stale = staleLegend(f0);
  return withLazyJson(table, () => featuresJson(land, vendors, f0));
}

function featuresJson(land: Landscape, vendors: readonly string[], f0?: Freshness): BuiltView['json'] {
  const rows = land.features.map((f) => ({
    id: f.id,
    category: f.category,
    feature: f.name,
    cells: Object.fromEntries(
      vendors.map((v) => {
        const cell = cellOf(land, v, f.id);
        const fresh = f0 ? { asOf: claimDate(land, cell), stale: isStaleClaim(land, cell, f0) } : {};
        return [v, { status: cell.status as Status, note: cell.note ?? '', sources: [...cell.sources], ...fresh }];
      }),
    ),
  }));
  const cited = sourcesCited(
    land,
    rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.sources)),
  );
  return {
    view: 'features',
    asOf: land.asOf,
    vendors: vendors.map((id) => ({ id, name: land.vendorById.get(id)?.name ?? id })),
    rows,
    sources: cited,
  };
}
