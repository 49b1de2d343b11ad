/** Accelerators by vendor: one row per accelerator, grouped by maker. */
import { staleLegend } from '../model/freshness.js';
import { computeCellOf, type Landscape } from '../model/landscape.js';
import { type ClaimMarks, claimCell, claimJson, marksNotes } from './claim.js';
import { sourcesCited } from './sourcesCited.js';
import type { BuiltView, ViewOptions } from './types.js';
import { vendorColumns } from './vendorColumns.js';

export function buildCompute(land: Landscape, opts: ViewOptions): BuiltView {
  const vendors = opts.vendors;
  const f0 = opts.freshness;
  const seen: ClaimMarks = { stale: false, change: false, weak: false };
  const makers = [...new Set(land.accelerators.map((a) => a.maker))];
  const ordered = makers.flatMap((m) => land.accelerators.filter((a) => a.maker === m));
  const groupId = (maker: string) => maker.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const rows = ordered.map((a) => ({
    id: a.id,
    accelerator: a.name,
    maker: a.maker,
    family: a.family ?? '',
    cells: Object.fromEntries(vendors.map((v) => [v, claimJson(land, computeCellOf(land, v, a.id), f0)])),
  }));
  const tableRows = ordered.map((a) => ({
    id: a.id,
    group: groupId(a.maker),
    searchText: [a.maker, a.family ?? '', ...vendors.map((v) => computeCellOf(land, v, a.id).note ?? '')].join('\n'),
    cells: [
      { text: a.name },
      ...vendors.map((v) =>
        claimCell(land, computeCellOf(land, v, a.id), { kind: 'compute', row: a.id, vendor: v }, f0, seen),
      ),
    ],
  }));
  const notes = marksNotes(seen);
  return {
    table: {
      view: 'compute',
      title: 'Training accelerators',
      columns: [
        { id: 'accelerator', title: 'Accelerator', minWidth: 14, maxWidth: 30 },
        ...vendorColumns(land, vendors),
      ],
      groups: makers.map((m) => ({ id: groupId(m), name: m })),
      frozen: 1,
      rows: tableRows,
      ...(seen.stale && f0 ? { stale: staleLegend(f0) } : {}),
      ...(notes.length > 0 ? { notes, marks: { change: seen.change, weak: seen.weak } } : {}),
    },
    json: {
      view: 'compute',
      asOf: land.asOf,
      vendors: vendors.map((id) => ({ id, name: land.vendorById.get(id)?.name ?? id })),
      rows,
      sources: sourcesCited(
        land,
        rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.sources)),
      ),
    },
  };
}
