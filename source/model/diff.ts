/**
 * What changed between two datasets: entities added, removed or edited (by id),
 * every matrix cell whose status, note or sources changed, and the dataset's
 * own fields. Pure: takes two landscapes, returns plain data in a stable order
 * (the new dataset's order, then what only the old one had).
 */
import { own } from '../data/own.js';
import type { Cell, Status } from '../data/schema.js';
import type { Landscape } from './landscape.js';

export interface Added<T> {
  added: T[];
  removed: T[];
  /** Same id, different content; `fields` names the top-level fields that differ, `changes` has each one's old and new value. */
  changed: (T & { fields: string[]; changes: FieldChange[] })[];
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface CellChange {
  matrix: 'features' | 'compute';
  /** Feature or accelerator id, and its name in the new dataset. */
  id: string;
  name: string;
  vendor: string;
  vendorName: string;
  from: Status;
  to: Status;
  /** Which of status, note, sources, asOf differ. */
  fields: string[];
  note: { from: string; to: string };
  sources: { from: string[]; to: string[] };
}

export interface SourceItem {
  id: string;
  title: string;
  url: string;
  publisher: string;
  accessed: string;
}

export interface DatasetDiff {
  identical: boolean;
  dataset: FieldChange[];
  vendors: Added<{ id: string; name: string }>;
  categories: Added<{ id: string; name: string }>;
  features: Added<{ id: string; category: string; feature: string }>;
  accelerators: Added<{ id: string; accelerator: string }>;
  cells: CellChange[];
  deals: Added<{ id: string; label: string }>;
  market: Added<{ id: string; label: string }>;
  trends: Added<{ id: string; label: string }>;
  sources: Added<SourceItem>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Top-level keys whose values differ, in a stable order (the new object's keys first). */
export function changedFields(a: object, b: object): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(rb), ...Object.keys(ra)])];
  return keys.filter((k) => !same(ra[k], rb[k]));
}

function byId<E extends { id: string }, T>(olds: readonly E[], news: readonly E[], show: (e: E) => T): Added<T> {
  const oldById = new Map(olds.map((e) => [e.id, e] as const));
  const newIds = new Set(news.map((e) => e.id));
  const out: Added<T> = { added: [], removed: [], changed: [] };
  for (const e of news) {
    const before = oldById.get(e.id);
    if (!before) out.added.push(show(e));
    else {
      const fields = changedFields(before, e);
      const was = before as Record<string, unknown>;
      const is = e as Record<string, unknown>;
      const changes = fields.map((field) => ({ field, from: was[field] ?? null, to: is[field] ?? null }));
      if (fields.length > 0) out.changed.push({ ...show(e), fields, changes });
    }
  }
  for (const e of olds) if (!newIds.has(e.id)) out.removed.push(show(e));
  return out;
}

const NO_CELL = { status: 'unknown' as Status, note: '', sources: [] as string[] };

function cellChanges(
  matrix: CellChange['matrix'],
  a: Landscape,
  b: Landscape,
  rows: readonly { id: string; name: string }[],
  pick: (land: Landscape) => Record<string, Record<string, Cell>>,
): CellChange[] {
  const oldRows = new Set((matrix === 'features' ? a.features : a.accelerators).map((r) => r.id));
  const out: CellChange[] = [];
  for (const row of rows) {
    if (!oldRows.has(row.id)) continue;
    for (const v of b.vendors) {
      if (!a.vendorById.has(v.id)) continue;
      const before = own(own(pick(a), v.id), row.id);
      const after = own(own(pick(b), v.id), row.id);
      if (before === undefined && after === undefined) continue;
      const fields = changedFields(before ?? {}, after ?? {});
      if (fields.length === 0) continue;
      const x = before ?? NO_CELL;
      const y = after ?? NO_CELL;
      out.push({
        matrix,
        id: row.id,
        name: row.name,
        vendor: v.id,
        vendorName: v.name,
        from: x.status,
        to: y.status,
        fields,
        note: { from: x.note ?? '', to: y.note ?? '' },
        sources: { from: [...x.sources], to: [...y.sources] },
      });
    }
  }
  return out;
}

export function diffLandscapes(a: Landscape, b: Landscape): DatasetDiff {
  const da = a.dataset;
  const db = b.dataset;
  const meta = (d: typeof da) => ({
    name: d.name,
    version: d.version ?? null,
    asOf: d.asOf,
    vendorOrder: d.vendorOrder ?? null,
  });
  const ma = meta(da) as Record<string, unknown>;
  const mb = meta(db) as Record<string, unknown>;
  const dataset = changedFields(ma, mb).map((field) => ({ field, from: ma[field] ?? null, to: mb[field] ?? null }));

  const diff: Omit<DatasetDiff, 'identical'> = {
    dataset,
    vendors: byId(a.vendors, b.vendors, (v) => ({ id: v.id, name: v.name })),
    categories: byId(a.categories, b.categories, (c) => ({ id: c.id, name: c.name })),
    features: byId(a.features, b.features, (f) => ({ id: f.id, category: f.category, feature: f.name })),
    accelerators: byId(a.accelerators, b.accelerators, (x) => ({ id: x.id, accelerator: x.name })),
    cells: [
      ...cellChanges('features', a, b, b.features, (l) => l.dataset.cells),
      ...cellChanges('compute', a, b, b.accelerators, (l) => l.dataset.compute),
    ],
    deals: byId(da.deals, db.deals, (d) => ({ id: d.id, label: `${d.buyer ? `${d.buyer} → ` : ''}${d.target}` })),
    market: byId(da.market, db.market, (m) => ({ id: m.id, label: `${m.metric} (${m.year})` })),
    trends: byId(da.trends, db.trends, (t) => ({ id: t.id, label: t.text })),
    sources: byId(da.sources, db.sources, (s) => ({
      id: s.id,
      title: s.title,
      url: s.url,
      publisher: s.publisher,
      accessed: s.accessed,
    })),
  };
  return { identical: countChanges(diff) === 0, ...diff };
}

/** How many changes a diff lists. */
export function countChanges(d: Omit<DatasetDiff, 'identical'>): number {
  const sections = [d.vendors, d.categories, d.features, d.accelerators, d.deals, d.market, d.trends, d.sources];
  return (
    d.dataset.length +
    d.cells.length +
    sections.reduce((n, s) => n + s.added.length + s.removed.length + s.changed.length, 0)
  );
}

/** Keeps only what concerns the given vendors: their own entries and their cells. Other sections are untouched. */
export function filterDiff(d: DatasetDiff, vendors: readonly string[]): DatasetDiff {
  const keep = new Set(vendors);
  const only = <T extends { id: string }>(s: Added<T>): Added<T> => ({
    added: s.added.filter((x) => keep.has(x.id)),
    removed: s.removed.filter((x) => keep.has(x.id)),
    changed: s.changed.filter((x) => keep.has(x.id)),
  });
  const out = { ...d, vendors: only(d.vendors), cells: d.cells.filter((c) => keep.has(c.vendor)) };
  return { ...out, identical: countChanges(out) === 0 };
}
