/**
 * How old each claim is. A claim's date is its own `asOf`, else its newest
 * source's accessed date, else the dataset's `asOf` (`claimDate`). A claim is
 * stale when that date is more than the threshold (`--stale-after`, default
 * 12 months) before "today" (injectable: `TRAINSCAPE_TODAY=YYYY-MM-DD`). Pure.
 */
import { own } from '../data/own.js';
import { packedRow } from '../data/packCells.js';
import type { Cell } from '../data/schema.js';
import { dayMs, daysBetween } from './days.js';
import { claimDate, claimDateOf, type Landscape, UNKNOWN_CELL } from './landscape.js';

export interface Duration {
  amount: number;
  unit: 'd' | 'w' | 'm' | 'y';
}

export interface Freshness {
  /** YYYY-MM-DD. */
  today: string;
  staleAfter: Duration;
}

export const DEFAULT_STALE_AFTER: Duration = { amount: 12, unit: 'm' };

const UNIT_WORDS: Record<Duration['unit'], [string, string]> = {
  d: ['day', 'days'],
  w: ['week', 'weeks'],
  m: ['month', 'months'],
  y: ['year', 'years'],
};

/** `90d`, `6w`, `6m`, `1y` (also `90 days`, `12 months`); undefined when it is not one. */
export function parseDuration(text: string): Duration | undefined {
  const m = /^\s*(\d{1,5})\s*(d|days?|w|weeks?|m|mo|months?|y|years?)\s*$/i.exec(text);
  if (!m) return undefined;
  const amount = Number(m[1]);
  const unit = (m[2] ?? 'd').toLowerCase();
  const u: Duration['unit'] = unit.startsWith('d')
    ? 'd'
    : unit.startsWith('w')
      ? 'w'
      : unit.startsWith('y')
        ? 'y'
        : 'm';
  if (amount <= 0) return undefined;
  return { amount, unit: u };
}

export function durationText(d: Duration): string {
  const [one, many] = UNIT_WORDS[d.unit];
  return `${d.amount} ${d.amount === 1 ? one : many}`;
}

/** A YYYY-MM-DD date, or undefined. */
export function parseDay(text: string | undefined): string | undefined {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  // Round-trips only when the date exists (no 2026-02-30); no zod needed on the start-up path.
  return new Date(`${text}T00:00:00Z`).toISOString().startsWith(text) ? text : undefined;
}

/** Today in the local calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The longest --stale-after: a century. Longer would only push the threshold past the calendar's end. */
export const MAX_STALE_AFTER_DAYS = 36_525;

/** About how many days a duration spans (for the limit; months as 30.44 days). */
export function durationDays(d: Duration): number {
  const per = { d: 1, w: 7, m: 30.44, y: 365.25 }[d.unit];
  return d.amount * per;
}

/** `day` moved forward by a duration (months and years by the calendar, clamped to the month's end). */
export function addDuration(day: string, d: Duration): string {
  return new Date(addDurationMs(day, d)).toISOString().slice(0, 10);
}

/** `addDuration` as milliseconds since the epoch: comparable as a number even past year 9999. */
function addDurationMs(day: string, d: Duration): number {
  const [y = 1970, m = 1, dd = 1] = day.split('-').map(Number);
  let out: Date;
  if (d.unit === 'd' || d.unit === 'w') out = new Date(Date.UTC(y, m - 1, dd + d.amount * (d.unit === 'w' ? 7 : 1)));
  else {
    const months = d.amount * (d.unit === 'y' ? 12 : 1);
    const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
    out = new Date(Date.UTC(y, m - 1 + months, Math.min(dd, last)));
  }
  return out.getTime();
}

/**
 * Answers per distinct date, per Freshness: a dataset has few distinct dates
 * but may have hundreds of thousands of claims.
 */
const staleMemo = new Map<string, Map<string, boolean>>();

/** Freshness settings as a key: callers may build equal settings afresh for each question. */
const settingsKey = (f: Freshness) => `${f.today} ${f.staleAfter.amount}${f.staleAfter.unit}`;

function memoOf(f: Freshness): Map<string, boolean> {
  const key = settingsKey(f);
  let memo = staleMemo.get(key);
  if (!memo) {
    // A few settings in a run (today changes once a day in a long-running dashboard): keep the last few.
    if (staleMemo.size >= 8) staleMemo.clear();
    memo = new Map();
    staleMemo.set(key, memo);
  }
  return memo;
}

/** A date is stale when it plus the threshold is before today. */
export function isStale(date: string, f: Freshness): boolean {
  return staleIn(memoOf(f), date, f);
}

function staleIn(memo: Map<string, boolean>, date: string, f: Freshness): boolean {
  let stale = memo.get(date);
  if (stale === undefined) {
    stale = addDurationMs(date, f.staleAfter) < dayMs(f.today);
    memo.set(date, stale);
  }
  return stale;
}

/** How old a date is, in words a person reads at a glance: `today`, `12 days`, `5 months`, `2.1 years`. */
export function ageText(date: string, today: string): string {
  const days = daysBetween(date, today);
  if (days < 0) return 'in the future';
  if (days === 0) return 'today';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `${months} months`;
  return `${(days / 365.25).toFixed(1)} years`;
}

/** A short age for tight places: `0d`, `45d`, `5mo`, `2.1y`. */
export function ageShort(date: string, today: string): string {
  const days = daysBetween(date, today);
  if (days < 60) return `${Math.max(0, days)}d`;
  if (days < 730) return `${Math.round(days / 30.44)}mo`;
  return `${(days / 365.25).toFixed(1)}y`;
}

export interface ClaimAge {
  date: string;
  days: number;
  stale: boolean;
}

export function claimAge(land: Landscape, cell: Cell, f: Freshness): ClaimAge {
  const date = claimDate(land, cell);
  return { date, days: daysBetween(date, f.today), stale: isStale(date, f) };
}

/** Whether a claim is stale, without the rest of its age (for counting many). */
export function claimStale(land: Landscape, cell: Cell, f: Freshness): boolean {
  return isStale(claimDate(land, cell), f);
}

/** Whether a cell is a claim recorded in the dataset and older than the threshold (a missing cell is no claim). */
export function isStaleClaim(land: Landscape, cell: Cell, f: Freshness | undefined): boolean {
  return f !== undefined && cell !== UNKNOWN_CELL && isStale(claimDate(land, cell), f);
}

/** The legend for the stale mark. */
export function staleLegend(f: Freshness, ascii = false): string {
  return `${ascii ? '*' : '†'} stale: claim older than ${durationText(f.staleAfter)} (today ${f.today})`;
}

/**
 * Whether a claim dated only by its sources is stale, for each packed list of
 * sources (a claim without its own date is dated by them): decided once per
 * list, landscape and Freshness, as staleClaims is asked vendor after vendor.
 */
const listMemo = new WeakMap<
  Landscape,
  { settings: string; lists: readonly (readonly string[])[]; stale: Int8Array }
>();

function staleLists(land: Landscape, f: Freshness, lists: readonly (readonly string[])[]): Int8Array {
  const settings = settingsKey(f);
  const known = listMemo.get(land);
  if (known?.settings === settings && known.lists === lists) return known.stale;
  const memo = memoOf(f);
  const stale = Int8Array.from(lists, (sources) => (staleIn(memo, claimDateOf(land, undefined, sources), f) ? 1 : 0));
  listMemo.set(land, { settings, lists, stale });
  return stale;
}

/** Stale feature and compute claims of a vendor (cells with no claim recorded are not claims). */
export function staleClaims(land: Landscape, vendor: string, f: Freshness): { feature: number; compute: number } {
  const memo = memoOf(f);
  const count = (table: Landscape['dataset']['cells']) => {
    let n = 0;
    const packed = packedRow(table, vendor);
    if (packed) {
      const bySources = staleLists(land, f, packed.sourceLists);
      for (let i = 0; i < packed.ids.length; i++) {
        const asOf = packed.asOf(i);
        const key = packed.sourcesKey(i);
        if (asOf || key < 0 ? staleIn(memo, claimDateOf(land, asOf, packed.sources(i)), f) : bySources[key] === 1) n++;
      }
      return n;
    }
    const row = own(table, vendor);
    for (const id in row) if (Object.hasOwn(row, id) && staleIn(memo, claimDate(land, row[id] as Cell), f)) n++;
    return n;
  };
  return { feature: count(land.dataset.cells), compute: count(land.dataset.compute) };
}
