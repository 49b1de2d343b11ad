/** The landscape model: the dataset indexed for the views. Pure; built once per load. */
import { own } from '../data/own.js';
import type { Accelerator, Category, Cell, Dataset, Feature, Source, Vendor } from '../data/schema.js';
import { datasetOn } from './lifecycle.js';

export interface Landscape {
  /** The dataset as shown today: statuses in effect, vendors under today's names. */
  readonly dataset: Dataset;
  /** The dataset as written, with every dated change still pending. */
  readonly raw: Dataset;
  /** The day the landscape shows (YYYY-MM-DD); the dataset's asOf when none was given. */
  readonly today: string;
  readonly asOf: string;
  readonly vendors: readonly Vendor[];
  readonly categories: readonly Category[];
  /** Features in category order, then dataset order. */
  readonly features: readonly Feature[];
  readonly accelerators: readonly Accelerator[];
  readonly vendorById: ReadonlyMap<string, Vendor>;
  readonly categoryById: ReadonlyMap<string, Category>;
  readonly featureById: ReadonlyMap<string, Feature>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** The claims (cells, compute cells, vendor facts, deals, market figures, trends) citing each source; built on first use. */
  readonly citations: ReadonlyMap<string, Claim[]>;
}

/** A reference to one claim in the dataset, for listing what a source backs. */
export interface Claim {
  kind: 'feature' | 'compute' | 'vendor' | 'deal' | 'market' | 'trend';
  /** Row id (feature, accelerator, deal...). */
  id: string;
  vendor?: string;
  label: string;
}

export const UNKNOWN_CELL: Cell = { status: 'unknown', note: 'No claim recorded.', sources: [] };

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i] as const));

/**
 * Indexes a dataset for the views as it stands on `today` (default: the
 * dataset's own asOf): dated changes up to that day are applied.
 */
export function buildLandscape(raw: Dataset, today: string = raw.asOf): Landscape {
  const dataset = datasetOn(raw, today);
  const categoryOrder = new Map(dataset.categories.map((c, i) => [c.id, i] as const));
  const features = dataset.features
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (categoryOrder.get(a.f.category) ?? 0) - (categoryOrder.get(b.f.category) ?? 0) || a.i - b.i)
    .map(({ f }) => f);
  const featureById = byId(features);
  const rank = new Map((dataset.vendorOrder ?? []).map((id, i) => [id, i] as const));
  const vendors = dataset.vendors
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (rank.get(a.v.id) ?? rank.size + a.i) - (rank.get(b.v.id) ?? rank.size + b.i))
    .map(({ v }) => v);
  let citations: Map<string, Claim[]> | undefined;
  return {
    dataset,
    raw,
    today,
    asOf: dataset.asOf,
    vendors,
    categories: dataset.categories,
    features,
    accelerators: dataset.accelerators,
    vendorById: byId(vendors),
    categoryById: byId(dataset.categories),
    featureById,
    sourceById: byId(dataset.sources),
    // A claim and its label for every cell: only the Sources view asks, so it is built when it does.
    get citations() {
      citations ??= citationsOf(dataset, vendors, features);
      return citations;
    },
  };
}

/** The claims that cite each source. */
function citationsOf(dataset: Dataset, vendors: readonly Vendor[], features: readonly Feature[]): Map<string, Claim[]> {
  const acceleratorById = byId(dataset.accelerators);
  const citations = new Map<string, Claim[]>();
  const cite = (refs: readonly string[], claim: Claim) => {
    for (const ref of refs) {
      const list = citations.get(ref);
      if (list) list.push(claim);
      else citations.set(ref, [claim]);
    }
  };
  for (const v of vendors) {
    cite(v.sources, { kind: 'vendor', id: v.id, vendor: v.id, label: `${v.name}: vendor profile` });
    const row = own(dataset.cells, v.id);
    for (const f of features) {
      const cell = own(row, f.id);
      if (cell) cite(cell.sources, { kind: 'feature', id: f.id, vendor: v.id, label: `${f.name} — ${v.name}` });
    }
    for (const [accId, cell] of Object.entries(own(dataset.compute, v.id) ?? {})) {
      cite(cell.sources, {
        kind: 'compute',
        id: accId,
        vendor: v.id,
        label: `${acceleratorById.get(accId)?.name ?? accId} — ${v.name}`,
      });
    }
  }
  for (const d of dataset.deals)
    cite(d.sources, { kind: 'deal', id: d.id, label: `${d.buyer ? `${d.buyer} → ` : ''}${d.target} (${d.kind})` });
  for (const m of dataset.market) cite(m.sources, { kind: 'market', id: m.id, label: `${m.metric} (${m.year})` });
  for (const t of dataset.trends) cite(t.sources, { kind: 'trend', id: t.id, label: t.text });
  return citations;
}

export function cellOf(land: Landscape, vendor: string, feature: string): Cell {
  return own(own(land.dataset.cells, vendor), feature) ?? UNKNOWN_CELL;
}

export function computeCellOf(land: Landscape, vendor: string, accelerator: string): Cell {
  return own(own(land.dataset.compute, vendor), accelerator) ?? UNKNOWN_CELL;
}

/** The as-of date of a claim: its own, else the newest accessed date of its sources, else the dataset's. */
export function claimDate(land: Landscape, cell: Cell): string {
  return claimDateOf(land, cell.asOf, cell.sources);
}

/** `claimDate` from a claim's own date and its sources. */
export function claimDateOf(land: Landscape, asOf: string | undefined, sources: readonly string[]): string {
  if (asOf) return asOf;
  let newest = '';
  for (const id of sources) {
    const accessed = land.sourceById.get(id)?.accessed ?? '';
    if (accessed > newest) newest = accessed;
  }
  return newest || land.asOf;
}
