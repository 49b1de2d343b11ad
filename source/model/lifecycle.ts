/**
 * Claims change on dated days: a feature is retired, reaches GA, a platform is
 * renamed. The dataset records each change once; this module answers what is
 * in effect on a given day and which changes are upcoming or recent. Pure.
 */
import { mayHaveChanges, withRows } from '../data/packCells.js';
import type { Cell, Change, Dataset, Status, Vendor } from '../data/schema.js';
import type { ChangeKind } from '../data/vocabulary.js';
import { daysBetween } from './days.js';

/** How many days before or after its day a change counts as upcoming or recent. */
export const LIFECYCLE_WINDOW_DAYS = 90;

/** Where a claim stands in its lifecycle on a day. */
export interface CellLifecycle {
  /** The status before the first change. */
  base: Status;
  /** The latest change on or before the day, if any. */
  inEffect?: Change;
  /** A change within the window after the day. */
  upcoming?: Change;
  /** A change within the window before (or on) the day. */
  recent?: Change;
}

/** A cell as shown on a day: `status` is the status in effect; `lifecycle` says how it got there. */
export interface LiveCell extends Cell {
  lifecycle?: CellLifecycle;
}

/** The status a cell has on `day`. */
export function statusOn(cell: Cell, day: string): Status {
  let status = cell.status;
  for (const change of cell.changes ?? []) {
    if (change.on > day) break;
    if (change.status) status = change.status;
  }
  return status;
}

/** The lifecycle of a cell on `day`, or undefined for a cell that never changes. */
export function lifecycleOn(cell: Cell, day: string, window = LIFECYCLE_WINDOW_DAYS): CellLifecycle | undefined {
  const changes = cell.changes;
  if (!changes || changes.length === 0) return undefined;
  const out: CellLifecycle = { base: cell.status };
  for (const change of changes) {
    const days = daysBetween(day, change.on);
    if (days <= 0) {
      out.inEffect = change;
      if (-days <= window) out.recent = change;
    } else if (days <= window && !out.upcoming) out.upcoming = change;
  }
  return out;
}

/** The cell as shown on `day`: the status in effect, with its lifecycle attached. */
export function cellOn(cell: Cell, day: string): LiveCell {
  const lifecycle = lifecycleOn(cell, day);
  if (!lifecycle) return cell;
  const live: LiveCell = { ...cell, status: statusOn(cell, day), lifecycle };
  return live;
}

/** The vendor's name on `day`: a former name until its `until` day, else the current one. */
export function nameOn(vendor: Vendor, day: string): string {
  for (const former of vendor.formerly ?? []) if (day < former.until) return former.name;
  return vendor.name;
}

/** The name to show on `day`: the name in effect, with the most recent former name after a rename. */
export function displayName(vendor: Vendor, day: string): string {
  const name = nameOn(vendor, day);
  if (name !== vendor.name) return name;
  const last = vendor.formerly?.at(-1);
  return last ? `${vendor.name} (formerly ${shortFormer(last.name, vendor.parent)})` : vendor.name;
}

/** "Google Cloud Vertex AI" reads as "Vertex AI" beside a parent that already names the company. */
function shortFormer(name: string, parent: string): string {
  const company = parent.split(/[\s,(]/)[0] ?? '';
  const words = name.split(' ');
  if (company && words[0]?.toLowerCase() === company.toLowerCase() && words.length > 2) return words.slice(2).join(' ');
  return name;
}

/** The dataset as shown on `day`: every cell's status in effect, every vendor under its name of the day. */
export function datasetOn(dataset: Dataset, day: string): Dataset {
  // Only a row holding a dated change is copied (a shallow copy: its other cells are shared), and
  // rows the cache left packed are asked without being built; a matrix without changes is kept as it is.
  const live = (table: Dataset['cells']) => {
    let replaced: Map<string, Record<string, Cell>> | undefined;
    for (const vendor in table) {
      if (!Object.hasOwn(table, vendor) || !mayHaveChanges(table, vendor)) continue;
      const row = table[vendor] as Record<string, Cell>;
      let rowOut: Record<string, Cell> | undefined;
      for (const id in row) {
        const cell = row[id] as Cell;
        if (!cell.changes || !Object.hasOwn(row, id)) continue;
        rowOut ??= { ...row };
        rowOut[id] = cellOn(cell, day);
      }
      if (rowOut) {
        replaced ??= new Map();
        replaced.set(vendor, rowOut);
      }
    }
    return replaced ? withRows(table, replaced) : table;
  };
  const vendors = dataset.vendors.some((v) => v.formerly?.length)
    ? dataset.vendors.map((v) => (v.formerly?.length ? withFormerNames(v, day) : v))
    : dataset.vendors;
  return { ...dataset, vendors, cells: live(dataset.cells), compute: live(dataset.compute) };
}

/** A vendor shown under its name of the day, its former names kept as aliases for --vendor. */
function withFormerNames(vendor: Vendor, day: string): Vendor {
  const aliases = [...vendor.aliases];
  const seen = new Set(aliases.map((a) => a.toLowerCase()));
  for (const name of [vendor.name, ...(vendor.formerly ?? []).map((f) => f.name)]) {
    const alias = name.toLowerCase();
    if (!seen.has(alias)) {
      seen.add(alias);
      aliases.push(alias);
    }
  }
  return { ...vendor, name: displayName(vendor, day), aliases };
}

/** One dated change, wherever it is recorded. */
export interface LifecycleEvent {
  on: string;
  kind: ChangeKind;
  vendor: string;
  /** What changes: a feature cell, a compute cell, or the vendor's name. */
  subject: 'feature' | 'compute' | 'vendor';
  /** Feature or accelerator id; the vendor id for a rename of the vendor. */
  row: string;
  /** Status before and after the change (the same for a deprecation that keeps it working). */
  from?: Status;
  to?: Status;
  note: string;
  sources: readonly string[];
}

/** Every change recorded for the vendors, oldest first. `raw` is the dataset as written, before `datasetOn`. */
export function lifecycleEvents(raw: Dataset, vendors: readonly string[]): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  const shown = new Set(vendors);
  for (const v of raw.vendors) {
    if (!shown.has(v.id)) continue;
    const names = [...(v.formerly ?? []).map((f) => f), undefined];
    (v.formerly ?? []).forEach((former, i) => {
      const next = names[i + 1]?.name ?? v.name;
      events.push({
        on: former.until,
        kind: 'rename',
        vendor: v.id,
        subject: 'vendor',
        row: v.id,
        note: former.note ?? `${former.name} is renamed ${next}.`,
        sources: former.sources,
      });
    });
  }
  for (const subject of ['feature', 'compute'] as const) {
    const table = subject === 'feature' ? raw.cells : raw.compute;
    for (const vendor of vendors) {
      // A row the cache left packed is not built just to find it has no changes.
      if (!Object.hasOwn(table, vendor) || !mayHaveChanges(table, vendor)) continue;
      const row = table[vendor];
      if (!row) continue;
      for (const id in row) {
        const cell = row[id] as Cell;
        if (!cell.changes || !Object.hasOwn(row, id)) continue;
        let status = cell.status;
        for (const change of cell.changes) {
          const to = change.status ?? status;
          events.push({
            on: change.on,
            kind: change.kind,
            vendor,
            subject,
            row: id,
            from: status,
            to,
            note: change.note,
            sources: change.sources,
          });
          status = to;
        }
      }
    }
  }
  const order = new Map(vendors.map((v, i) => [v, i] as const));
  return events.sort(
    (a, b) =>
      a.on.localeCompare(b.on) || (order.get(a.vendor) ?? 0) - (order.get(b.vendor) ?? 0) || a.row.localeCompare(b.row),
  );
}

/** Where an event stands relative to `day`. */
export function eventWhen(
  on: string,
  day: string,
  window = LIFECYCLE_WINDOW_DAYS,
): 'upcoming' | 'recent' | 'past' | 'later' {
  const days = daysBetween(day, on);
  if (days > window) return 'later';
  if (days > 0) return 'upcoming';
  return -days <= window ? 'recent' : 'past';
}

/** "in 12 days", "today", "3 days ago". */
export function relativeDay(on: string, day: string): string {
  const days = daysBetween(day, on);
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}
