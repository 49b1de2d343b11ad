/** The feature matrix: one row per feature, one status column per shown vendor. */
import { type Freshness, staleLegend } from '../model/freshness.js';
import { cellOf, type Landscape } from '../model/landscape.js';
import { type ClaimMarks, claimCell, claimJson, marksNotes } from './claim.js';
import { withLazyJson } from './lazy.js';
import { sourcesCited } from './sourcesCited.js';
import type { BuiltView, TableModel, ViewOptions } from './types.js';
import { vendorColumns } from './vendorColumns.js';

export function buildFeatures(land: Landscape, opts: ViewOptions): BuiltView {
  const vendors = opts.vendors;
  const f0 = opts.freshness;
  const seen: ClaimMarks = { stale: false, change: false, weak: false };
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
        ...vendors.map((v) =>
          claimCell(land, cellOf(land, v, f.id), { kind: 'feature', row: f.id, vendor: v }, f0, seen),
        ),
      ],
    })),
  };

  if (seen.stale && f0) table.stale = staleLegend(f0);
  const notes = marksNotes(seen);
  if (notes.length > 0) {
    table.notes = notes;
    table.marks = { change: seen.change, weak: seen.weak };
  }
  return withLazyJson(table, () => featuresJson(land, vendors, f0));
}

function featuresJson(land: Landscape, vendors: readonly string[], f0?: Freshness): BuiltView['json'] {
  const rows = land.features.map((f) => ({
    id: f.id,
    category: f.category,
    feature: f.name,
    cells: Object.fromEntries(vendors.map((v) => [v, claimJson(land, cellOf(land, v, f.id), f0)])),
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
