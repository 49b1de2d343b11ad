/**
 * The navigation reducer: which view is open, where the cursor is in each
 * view, filters, sort, folds, search and overlays. Pure: `(state, action) =>
 * state`. Actions that move carry the `Bounds` of what is on screen (line
 * count, page height, column widths), so the reducer never needs the data and
 * the cursor always ends in bounds.
 */

import type { Status } from '../../data/schema.js';
import { nextMatch } from '../../model/search.js';
import type { SortDir } from '../../model/sort.js';
import { type Target, VIEW_NAMES, type ViewName } from '../../views/types.js';
import { type CommandId, type KeyContext, keyFor } from '../keys/keymap.js';
import { leftToShow, maxLeft } from '../views/table/columns.js';
import { foldedLine, groupOfOpen, openLine } from './screen.js';

export type Overlay =
  | { kind: 'help'; scroll: number }
  | { kind: 'evidence'; target: Target; scroll: number }
  | { kind: 'vendors'; cursor: number };

export interface Nav {
  row: number;
  col: number;
  /** First line shown. */
  top: number;
  /** First scrolled (non-frozen) column shown. */
  left: number;
}

export interface SortSpec {
  /** Column id. */
  col: string;
  dir: SortDir;
}

export interface NavState {
  view: ViewName;
  nav: Record<ViewName, Nav>;
  /** Every vendor id, in display order (the picker's list). */
  allVendors: readonly string[];
  /** Shown vendor ids, in display order; never empty. */
  vendors: readonly string[];
  diffOnly: boolean;
  /** Only rows where some shown vendor has this status (f cycles it); null shows every row. */
  statusFilter: Status | null;
  sort: Partial<Record<ViewName, SortSpec>>;
  /** Folded group ids per view. */
  folded: Partial<Record<ViewName, readonly string[]>>;
  /**
   * `origin`: the line the search started on, counted with every group unfolded;
   * `opened`: the folded group the search, as it is typed, unfolded to show a match (folded again when it moves on).
   */
  search: { query: string; editing: boolean; origin: number; opened?: string };
  overlay: Overlay | null;
  /** A one-line message for the status bar (cleared by the next key, any key: see useDispatcher). */
  message: string;
  quit: boolean;
  /** Scorecard weights by category id (absent: 1); start from --weights. */
  weights: Readonly<Record<string, number>>;
  /** The weights to go back to (r). */
  startWeights: Readonly<Record<string, number>>;
  /** Scorecard: the quadrant chart shown in place of the scores (when both do not fit). */
  chart: boolean;
  /** Must-haves (feature or accelerator ids): start from --require, toggled with `!` in Features and Compute. */
  require: readonly string[];
  /** Least coverage a vendor needs to be ranked (--min-coverage, 0..1); the model's default when absent. */
  minCoverage?: number;
  /** Something for the dashboard to do outside the screen (copy or open a source, save the view); `n` counts requests. */
  request: Request | null;
  /** The save prompt: the path being typed, or whether to replace a file that exists. */
  prompt: Prompt | null;
}

export type Request =
  | { kind: 'copy' | 'open' | 'save'; n: number }
  | { kind: 'write'; n: number; path: string; overwrite: boolean };

export type Prompt = { kind: 'path'; text: string } | { kind: 'replace'; path: string };

/** What is on screen, as the reducer needs it. */
export interface Bounds {
  /** Lines in the current view (rows and group headers). */
  lines: number;
  /** Lines that fit on one page. */
  page: number;
  /** Column widths of the current view, after the vendor filter. */
  widths: readonly number[];
  frozen: number;
  /** Cells available for the table. */
  avail: number;
  /** Whether the cursor selects a cell (matrix views) or a whole row. */
  cellCursor: boolean;
  /** Lines that match the search (for the current query), counted with every group unfolded (see foldedLine). */
  matches: readonly number[];
  /** Group id of each line that is a group header (sparse). */
  headers: ReadonlyMap<number, string>;
  /** Every group id of the view, in order. */
  groups: readonly string[];
  /** Rows of each group (after the differences-only filter), to find a header's line once folds change. */
  groupRows: ReadonlyMap<string, number>;
  /** Lines in the open overlay, and how many fit. */
  overlayLines: number;
  overlayPage: number;
  /** Column id under the cursor. */
  colId?: string;
}

/** Commands the reducer carries out; the keymap turns `open`, the backspaces and the evidence steps into other actions. */
export type ReducedCommand = Exclude<
  CommandId,
  'open' | 'search.backspace' | 'prompt.backspace' | 'evidence.prev' | 'evidence.next'
>;

export type Action =
  | { type: 'command'; id: ReducedCommand; arg?: string; bounds: Bounds }
  /** A one-line message for the status line (why a key did nothing). */
  | { type: 'message'; text: string; bounds: Bounds }
  | { type: 'open'; target: Target | null; bounds: Bounds }
  /** The evidence pane steps to another cell of the cursor row (column `col`) and shows its evidence. */
  | { type: 'peek'; col: number; target: Target; bounds: Bounds }
  | { type: 'search.type'; text: string; bounds: Bounds }
  /** The save prompt opens, or its text changes. */
  | { type: 'prompt'; prompt: Prompt | null; message?: string; bounds: Bounds }
  | { type: 'clamp'; bounds: Bounds }
  /** The mouse wheel: the open pane, or the table with its cursor, moves by `delta` lines. */
  | { type: 'scroll'; delta: number; bounds: Bounds }
  /** A click on a row (and, in a matrix, a cell). */
  | { type: 'select'; row: number; col?: number; bounds: Bounds }
  /** A click on a tab. */
  | { type: 'view'; view: ViewName; bounds: Bounds }
  /** The dataset was reloaded: keep what still exists (vendors, cursor clamped to the new bounds). */
  | { type: 'data'; allVendors: readonly string[]; bounds: Bounds };

const ORIGIN: Nav = { row: 0, col: 0, top: 0, left: 0 };

export function initialState(opts: {
  view: ViewName;
  vendors: readonly string[];
  allVendors: readonly string[];
  weights?: Readonly<Record<string, number>>;
  require?: readonly string[];
  minCoverage?: number;
}): NavState {
  const nav = Object.fromEntries(VIEW_NAMES.map((v) => [v, { ...ORIGIN }])) as Record<ViewName, Nav>;
  const vendors = opts.vendors.length > 0 ? [...opts.vendors] : [...opts.allVendors];
  return {
    view: opts.view,
    nav,
    allVendors: [...opts.allVendors],
    vendors,
    diffOnly: false,
    statusFilter: null,
    sort: {},
    folded: {},
    search: { query: '', editing: false, origin: 0 },
    overlay: null,
    message: '',
    quit: false,
    weights: { ...opts.weights },
    startWeights: { ...opts.weights },
    chart: false,
    require: [...(opts.require ?? [])],
    minCoverage: opts.minCoverage,
    request: null,
    prompt: null,
  };
}

/** Makes the row under the cursor (`arg`) a must-have, or no longer one. */
function toggleRequire(s: NavState, id: string | undefined): NavState {
  if (!id) return { ...s, message: 'Put the cursor on a row to make it a must-have' };
  if (s.require.includes(id))
    return { ...s, require: s.require.filter((r) => r !== id), message: `${id} is no longer a must-have` };
  return {
    ...s,
    require: [...s.require, id],
    message: `${id} is a must-have: the Scorecard and Overview eliminate vendors lacking it`,
  };
}

/** Largest weight + goes to. */
const MAX_WEIGHT = 10;

/** Changes the weight of the category under the cursor (`arg`); the overall row has none. */
function setWeight(s: NavState, id: ReducedCommand, category: string | undefined): NavState {
  if (!category || category === 'overall') return { ...s, message: 'Put the cursor on a category row to weigh it' };
  const cur = s.weights[category] ?? 1;
  let next = cur;
  if (id === 'weight.up') next = Math.min(MAX_WEIGHT, Math.floor(cur) + 1);
  else if (id === 'weight.down') next = Math.max(0, Math.ceil(cur) - 1);
  else next = 0;
  if (next === cur) {
    const why = id === 'weight.up' ? `at most ${MAX_WEIGHT}` : 'already excluded';
    return { ...s, message: `Weight ${why}` };
  }
  return { ...s, weights: { ...s.weights, [category]: next } };
}

const clampN = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Puts the cursor and scroll offsets in bounds, keeping the cursor on screen. */
export function clampNav(nav: Nav, b: Bounds): Nav {
  const lastLine = Math.max(0, b.lines - 1);
  const page = Math.max(1, b.page);
  const row = clampN(nav.row, 0, lastLine);
  let top = clampN(nav.top, 0, Math.max(0, b.lines - page));
  if (row < top) top = row;
  if (row >= top + page) top = row - page + 1;
  const ncols = b.widths.length;
  const frozen = Math.min(b.frozen, ncols);
  const maxL = maxLeft(b.widths, frozen, b.avail);
  let col: number;
  let left: number;
  if (b.cellCursor) {
    col = clampN(nav.col, 0, Math.max(0, ncols - 1));
    left = clampN(leftToShow(b.widths, frozen, clampN(nav.left, frozen, maxL), b.avail, col), frozen, maxL);
  } else {
    col = 0;
    left = clampN(nav.left, frozen, maxL);
  }
  if (row === nav.row && top === nav.top && col === nav.col && left === nav.left) return nav;
  return { row, col, top, left };
}

function withNav(s: NavState, b: Bounds, f: (n: Nav) => Nav): NavState {
  const next = clampNav(f(s.nav[s.view]), b);
  if (next === s.nav[s.view]) return s;
  return { ...s, nav: { ...s.nav, [s.view]: next } };
}

function move(n: Nav, dy: number): Nav {
  return { ...n, row: n.row + dy };
}

/** Scroll by a page the way less and vim do: the view and the cursor move together. */
function pageBy(n: Nav, dy: number): Nav {
  return { ...n, row: n.row + dy, top: n.top + dy };
}

function switchView(s: NavState, view: ViewName): NavState {
  if (view === s.view) return s;
  return { ...s, view, search: { ...s.search, editing: false }, overlay: null };
}

function scrollOverlay(s: NavState, b: Bounds, delta: number | 'top' | 'bottom'): NavState {
  const o = s.overlay;
  if (!o) return s;
  const max = Math.max(0, b.overlayLines - b.overlayPage);
  if (o.kind === 'vendors') {
    const last = Math.max(0, s.allVendors.length - 1);
    const cursor =
      delta === 'top'
        ? 0
        : delta === 'bottom'
          ? last
          : clampN(o.cursor + Math.sign(delta) * Math.min(Math.abs(delta), last + 1), 0, last);
    return { ...s, overlay: { ...o, cursor } };
  }
  const scroll = delta === 'top' ? 0 : delta === 'bottom' ? max : clampN(o.scroll + delta, 0, max);
  return { ...s, overlay: { ...o, scroll } };
}

function toggleVendor(s: NavState, id: string): NavState {
  if (s.vendors.includes(id)) {
    if (s.vendors.length === 1) return { ...s, message: 'At least one vendor stays shown' };
    return { ...s, vendors: s.vendors.filter((v) => v !== id) };
  }
  const shown = new Set([...s.vendors, id]);
  return { ...s, vendors: s.allVendors.filter((v) => shown.has(v)) };
}

function cycleSort(s: NavState, b: Bounds): NavState {
  const colId = b.colId;
  if (!colId) return s;
  const cur = s.sort[s.view];
  let next: SortSpec | undefined;
  if (!cur || cur.col !== colId) next = { col: colId, dir: 'asc' };
  else if (cur.dir === 'asc') next = { col: colId, dir: 'desc' };
  else next = undefined;
  const sort = { ...s.sort };
  if (next) sort[s.view] = next;
  else delete sort[s.view];
  return { ...s, sort };
}

function toggleFold(s: NavState, b: Bounds): NavState {
  const n = s.nav[s.view];
  const group = b.headers.get(n.row) ?? groupAbove(b, n.row);
  if (group === undefined) return { ...s, message: 'No categories to fold in this view' };
  const folded = new Set(s.folded[s.view] ?? []);
  if (folded.has(group)) folded.delete(group);
  else folded.add(group);
  // Folding from inside a group puts the cursor on its header.
  const headerLine = [...b.headers].find(([, g]) => g === group)?.[0];
  const nav = headerLine !== undefined ? { ...n, row: headerLine } : n;
  return { ...s, folded: { ...s.folded, [s.view]: [...folded] }, nav: { ...s.nav, [s.view]: nav } };
}

function groupAbove(b: Bounds, line: number): string | undefined {
  let best: [number, string] | undefined;
  for (const [l, g] of b.headers) if (l <= line && (!best || l > best[0])) best = [l, g];
  return best?.[1];
}

function foldAll(s: NavState, b: Bounds): NavState {
  if (b.groups.length === 0) return { ...s, message: 'No categories to fold in this view' };
  const folded = s.folded[s.view] ?? [];
  const next = folded.length === b.groups.length ? [] : [...b.groups];
  const n = s.nav[s.view];
  const group = b.headers.get(n.row) ?? groupAbove(b, n.row);
  // The cursor goes to its group's header, wherever that header is once the folds change.
  const nextFolded = new Set(next);
  let row = 0;
  for (const g of b.groups) {
    if (g === group) break;
    row += 1 + (nextFolded.has(g) ? 0 : (b.groupRows.get(g) ?? 0));
  }
  const nav = { ...n, row: group === undefined ? 0 : row, top: 0 };
  return { ...s, folded: { ...s.folded, [s.view]: next }, nav: { ...s.nav, [s.view]: nav } };
}

const foldedOf = (s: NavState) => new Set(s.folded[s.view] ?? []);

/** The cursor's line counted with every group unfolded, as search counts lines. */
function openRow(s: NavState, b: Bounds): number {
  return openLine(b, foldedOf(s), s.nav[s.view].row);
}

/** How many lines the view has with `folded` folded. */
function linesWith(b: Bounds, folded: ReadonlySet<string>): number {
  if (b.groups.length === 0) return b.lines;
  return b.groups.reduce((n, g) => n + 1 + (folded.has(g) ? 0 : (b.groupRows.get(g) ?? 0)), 0);
}

/**
 * Puts the cursor on an open line (see foldedLine), unfolding the group it is
 * in if that group is folded. While the query is typed, the group an earlier
 * letter unfolded folds again once the match is elsewhere.
 */
function goToOpen(s: NavState, b: Bounds, open: number): NavState {
  const folded = foldedOf(s);
  const before = s.search.opened;
  if (before !== undefined && s.search.editing && b.groups.includes(before)) folded.add(before);
  const group = groupOfOpen(b, open);
  const opened = group !== undefined && folded.delete(group) ? group : undefined;
  const search = s.search.editing ? { ...s.search, opened } : s.search;
  const same = folded.size === (s.folded[s.view]?.length ?? 0) && (s.folded[s.view] ?? []).every((g) => folded.has(g));
  const next = { ...s, search, folded: same ? s.folded : { ...s.folded, [s.view]: [...folded] } };
  return withNav(next, { ...b, lines: linesWith(b, folded) }, (n) => ({ ...n, row: foldedLine(b, folded, open) }));
}

function jumpMatch(s: NavState, b: Bounds, dir: 1 | -1): NavState {
  if (s.search.query === '') return { ...s, message: `No search; press ${keyFor('search.start')} to search` };
  const to = nextMatch(b.matches, openRow(s, b), dir);
  if (to === undefined) return { ...s, message: `No match for "${s.search.query}"` };
  return goToOpen(s, b, to);
}

function command(s0: NavState, id: ReducedCommand, arg: string | undefined, b: Bounds): NavState {
  const s = s0.message ? { ...s0, message: '' } : s0;
  const inOverlay = s.overlay !== null;
  const half = Math.max(1, Math.floor(b.page / 2));
  const ohalf = Math.max(1, Math.floor(b.overlayPage / 2));
  switch (id) {
    case 'quit':
    case 'interrupt':
      return { ...s, quit: true };
    case 'view.next':
    case 'view.prev': {
      const i = VIEW_NAMES.indexOf(s.view);
      const d = id === 'view.next' ? 1 : -1;
      return switchView(s, VIEW_NAMES[(i + d + VIEW_NAMES.length) % VIEW_NAMES.length] as ViewName);
    }
    case 'view.goto': {
      const v = VIEW_NAMES[Number(arg) - 1];
      return v ? switchView(s, v) : s;
    }
    case 'cursor.up':
      return inOverlay ? scrollOverlay(s, b, -1) : withNav(s, b, (n) => move(n, -1));
    case 'cursor.down':
      return inOverlay ? scrollOverlay(s, b, 1) : withNav(s, b, (n) => move(n, 1));
    case 'cursor.left':
      return withNav(s, b, (n) => (b.cellCursor ? { ...n, col: n.col - 1 } : { ...n, left: n.left - 1 }));
    case 'cursor.right':
      return withNav(s, b, (n) => (b.cellCursor ? { ...n, col: n.col + 1 } : { ...n, left: n.left + 1 }));
    case 'col.first':
      return withNav(s, b, (n) => ({ ...n, col: 0, left: 0 }));
    case 'col.last':
      return withNav(s, b, (n) => ({ ...n, col: b.widths.length - 1, left: b.widths.length }));
    case 'filter.status':
      return { ...s, statusFilter: nextStatus(s.statusFilter) };
    case 'page.down':
      return inOverlay ? scrollOverlay(s, b, b.overlayPage) : withNav(s, b, (n) => pageBy(n, b.page));
    case 'page.up':
      return inOverlay ? scrollOverlay(s, b, -b.overlayPage) : withNav(s, b, (n) => pageBy(n, -b.page));
    case 'half.down':
      return inOverlay ? scrollOverlay(s, b, ohalf) : withNav(s, b, (n) => pageBy(n, half));
    case 'half.up':
      return inOverlay ? scrollOverlay(s, b, -ohalf) : withNav(s, b, (n) => pageBy(n, -half));
    case 'jump.top':
      return inOverlay ? scrollOverlay(s, b, 'top') : withNav(s, b, (n) => ({ ...n, row: 0 }));
    case 'jump.bottom':
      return inOverlay ? scrollOverlay(s, b, 'bottom') : withNav(s, b, (n) => ({ ...n, row: b.lines - 1 }));
    case 'close':
      if (s.overlay) return { ...s, overlay: null };
      if (s.search.query) return { ...s, search: { query: '', editing: false, origin: 0 } };
      return s;
    case 'help.toggle':
      return { ...s, overlay: s.overlay?.kind === 'help' ? null : { kind: 'help', scroll: 0 } };
    case 'vendors.open': {
      const first = s.allVendors.indexOf(s.vendors[0] ?? '');
      return { ...s, overlay: { kind: 'vendors', cursor: Math.max(0, first) } };
    }
    case 'picker.toggle':
    case 'picker.only': {
      if (s.overlay?.kind !== 'vendors') return s;
      const id2 = s.allVendors[s.overlay.cursor];
      if (id2 === undefined) return s;
      return id === 'picker.only' ? { ...s, vendors: [id2] } : toggleVendor(s, id2);
    }
    case 'picker.all':
      return { ...s, vendors: [...s.allVendors] };
    case 'diff.toggle':
      return { ...s, diffOnly: !s.diffOnly };
    case 'sort.cycle':
      return cycleSort(s, b);
    case 'fold.toggle':
      return toggleFold(s, b);
    case 'fold.all':
      return foldAll(s, b);
    case 'search.start':
      return { ...s, search: { query: '', editing: true, origin: openRow(s, b) } };
    case 'search.next':
      return jumpMatch(s, b, 1);
    case 'search.prev':
      return jumpMatch(s, b, -1);
    case 'search.accept':
      return { ...s, search: { ...s.search, editing: false } };
    case 'search.clear':
      return goToOpen({ ...s, search: { query: '', editing: false, origin: 0 } }, b, s.search.origin);
    case 'weight.up':
    case 'weight.down':
    case 'weight.off':
      return setWeight(s, id, arg);
    case 'weights.reset':
      return { ...s, weights: { ...s.startWeights }, message: 'Weights back to where they started' };
    case 'quadrant.toggle':
      return { ...s, chart: !s.chart };
    case 'require.toggle':
      return toggleRequire(s, arg);
    case 'source.copy':
    case 'source.open':
      return { ...s, request: { kind: id === 'source.copy' ? 'copy' : 'open', n: (s.request?.n ?? 0) + 1 } };
    case 'save.start':
      return { ...s, request: { kind: 'save', n: (s.request?.n ?? 0) + 1 } };
    case 'prompt.accept':
    case 'prompt.yes': {
      const p = s.prompt;
      if (!p) return s;
      const path = p.kind === 'path' ? p.text.trim() : p.path;
      if (path === '') return { ...s, message: 'Type a file name, or Esc to cancel' };
      const n = (s.request?.n ?? 0) + 1;
      return { ...s, prompt: null, request: { kind: 'write', n, path, overwrite: p.kind === 'replace' } };
    }
    case 'prompt.cancel':
    case 'prompt.no':
      return { ...s, prompt: null, message: 'Not saved' };
  }
}

/** The order `f` cycles through; after the last, every row again. */
export const STATUS_CYCLE: readonly Status[] = ['ga', 'preview', 'partial', 'none', 'unknown'];

function nextStatus(cur: Status | null): Status | null {
  if (cur === null) return STATUS_CYCLE[0] ?? null;
  return STATUS_CYCLE[STATUS_CYCLE.indexOf(cur) + 1] ?? null;
}

/** The query changed: the cursor goes to the first match at or after where the search started, unfolding its group. */
function typeSearch(s: NavState, query: string, b: Bounds): NavState {
  const next = { ...s, search: { ...s.search, query } };
  const to = nextMatch(b.matches, s.search.origin, 1, true);
  return goToOpen(next, b, to ?? s.search.origin);
}

/** Keeps an overlay's scroll (or the picker's cursor) inside what it now shows. */
function clampOverlay(s: NavState, b: Bounds): NavState {
  const o = s.overlay;
  if (!o) return s;
  if (o.kind === 'vendors') {
    const cursor = clampN(o.cursor, 0, Math.max(0, s.allVendors.length - 1));
    return cursor === o.cursor ? s : { ...s, overlay: { ...o, cursor } };
  }
  const scroll = clampN(o.scroll, 0, Math.max(0, b.overlayLines - b.overlayPage));
  return scroll === o.scroll ? s : { ...s, overlay: { ...o, scroll } };
}

export function reduce(s0: NavState, a: Action): NavState {
  // The data may have changed under the stored cursor (filter, resize): start from where it is drawn.
  const s = clampOverlay(
    withNav(s0, a.bounds, (n) => n),
    a.bounds,
  );
  switch (a.type) {
    case 'command':
      return command(s, a.id, a.arg, a.bounds);
    case 'open':
      if (!a.target) return { ...s, message: 'Nothing to open here' };
      return { ...s, message: '', overlay: { kind: 'evidence', target: a.target, scroll: 0 } };
    case 'search.type':
      return typeSearch(s.message ? { ...s, message: '' } : s, a.text, a.bounds);
    case 'peek': {
      if (s.overlay?.kind !== 'evidence') return s;
      const moved = withNav(s, a.bounds, (n) => ({ ...n, col: a.col }));
      return { ...moved, message: '', overlay: { kind: 'evidence', target: a.target, scroll: 0 } };
    }
    case 'message':
      return { ...s, message: a.text };
    case 'prompt':
      return { ...s, prompt: a.prompt, message: a.message ?? '' };
    case 'clamp':
      return s;
    case 'scroll':
      return s.overlay ? scrollOverlay(s, a.bounds, a.delta) : withNav(s, a.bounds, (n) => pageBy(n, a.delta));
    case 'select':
      return withNav(s.message ? { ...s, message: '' } : s, a.bounds, (n) => ({
        ...n,
        row: a.row,
        col: a.col ?? n.col,
      }));
    case 'view':
      return switchView(s, a.view);
    case 'data': {
      const known = new Set(a.allVendors);
      const kept = s.vendors.filter((v) => known.has(v));
      const vendors = kept.length > 0 ? kept : [...a.allVendors];
      const overlay = s.overlay?.kind === 'vendors' ? null : s.overlay;
      return { ...s, allVendors: [...a.allVendors], vendors, overlay };
    }
  }
}

/** The context keys go to, from the state. */
export function focusOf(state: NavState): KeyContext {
  if (state.prompt) return state.prompt.kind === 'path' ? 'prompt' : 'confirm';
  if (state.search.editing) return 'search';
  switch (state.overlay?.kind) {
    case 'help':
      return 'help';
    case 'evidence':
      return 'evidence';
    case 'vendors':
      return 'picker';
    default:
      return 'table';
  }
}
