/**
 * The feature matrix: one row per feature, one status column per shown vendor.
 * Rows are lazy (views/lazy.ts): a row's cells and search text are made the
 * first time something reads them, so the dashboard builds only the rows it
 * draws; its filters, search and sort read statuses through the row's `peek`.
 */

import { own } from '../data/own.js';
import type { Cell, Status } from '../data/schema.js';
import { STATUS_CODE, STATUSES } from '../data/vocabulary.js';
import { type Freshness, staleLegend } from '../model/freshness.js';
import { cellOf, type Landscape } from '../model/landscape.js';
import { claimCell, claimJson, marksNotes, marksOf } from './claim.js';
import { lazyRow, withLazyJson } from './lazy.js';
import { sourcesCited } from './sourcesCited.js';
import { STATUS_WORD } from './status.js';
import type { BuiltView, TableModel, TableRow, ViewOptions } from './types.js';
import { vendorColumns } from './vendorColumns.js';

/** A status's index in STATUSES, as a row's status codes hold it. */
export function buildFeatures(land: Landscape, opts: ViewOptions): BuiltView {
  const vendors = opts.vendors;
  const f0 = opts.freshness;
  const rows = land.features.map((f): TableRow => {
    const claimsOf = () => vendors.map((v) => cellOf(land, v, f.id));
    // Each shown vendor's status as a small code, made on first peek: diff, status filter and sort read these.
    let codes: Uint8Array | undefined;
    const codesOf = () => {
      if (!codes) {
        codes = new Uint8Array(vendors.length);
        vendors.forEach((v, k) => {
          (codes as Uint8Array)[k] = STATUS_CODE[cellOf(land, v, f.id).status];
        });
      }
      return codes;
    };
    return lazyRow(
      { id: f.id, group: f.category },
      {
        cells: () => [
          { text: f.name },
          ...claimsOf().map((cell, k) =>
            claimCell(land, cell, { kind: 'feature', row: f.id, vendor: vendors[k] as string }, f0),
          ),
        ],
        searchText: () => [f.description ?? '', ...claimsOf().map((cell) => cell.note ?? '')].join('\n'),
        peek: {
          length: vendors.length + 1,
          text: (i) => (i === 0 ? f.name : STATUS_WORD[STATUSES[codesOf()[i - 1] as number] as Status]),
          status: (i) => (i === 0 ? undefined : STATUSES[codesOf()[i - 1] as number]),
        },
      },
    );
  });
  const table: TableModel = {
    view: 'features',
    title: 'Feature matrix',
    columns: [{ id: 'feature', title: 'Feature', minWidth: 16, maxWidth: 44 }, ...vendorColumns(land, vendors)],
    groups: land.categories.map((c) => ({ id: c.id, name: c.name })),
    frozen: 1,
    rows,
  };

  const seen = marksOf(land, everyClaim(land, vendors), f0);
  if (seen.stale && f0) table.stale = staleLegend(f0);
  const notes = marksNotes(seen);
  if (notes.length > 0) {
    table.notes = notes;
    table.marks = { change: seen.change, weak: seen.weak };
  }
  return withLazyJson(table, () => featuresJson(land, vendors, f0));
}

/** Every claim the shown vendors recorded (a cell with no claim carries no mark), vendor by vendor. */
function* everyClaim(land: Landscape, vendors: readonly string[]): Generator<Cell> {
  for (const v of vendors) yield* Object.values(own(land.dataset.cells, v) ?? {});
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
