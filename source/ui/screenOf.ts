/**
 * Derives everything the current frame shows from the navigation state, in
 * stages (table → projection → filter/sort → lines → matches → geometry). The
 * dashboard memoises each stage (useScreen), so moving the cursor recomputes
 * nothing but the window drawn; the first frame, drawn before Ink is loaded
 * (firstFrame.ts), runs them once. Pure: no Ink, no React.
 */
import type { ViewName } from '../views/types.js';
import { footerHeight } from './footerLines.js';
import { type Bounds, clampNav, type Nav, type NavState } from './state/reducer.js';
import {
  filterAndSort,
  foldedLine,
  matchLines,
  type Projected,
  projectKept,
  type Shaped,
  shape,
} from './state/screen.js';
import type { TableOf } from './tableOf.js';
import { specOf } from './views/registry.js';
import type { ScorecardLayout } from './views/scorecard/scorecardLayout.js';
import { type Geometry, geometry } from './views/table/tableLines.js';

/** How many content lines a panel (evidence, help, picker) of `height` shows: the title and position lines take two. */
export const panelPage = (height: number) => Math.max(1, height - 2);

/** The smallest terminal the dashboard draws in; below it, it says so (TooSmall). */
export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;

/** Lines of chrome around the body: tab bar, status line, hint line. */
export const CHROME = 3;

export interface Screen {
  view: ViewName;
  /** Terminal columns the frame is drawn in. */
  width: number;
  p: Projected;
  shaped: Shaped;
  /** The same lines with every group unfolded: what search looks in. */
  open: Shaped;
  /** Open lines (see `open`) that match the search, folded groups included. */
  matches: number[];
  /** Drawn lines to mark as matching: matching rows, and the header of a folded group holding a match. */
  matchSet: ReadonlySet<number>;
  geo: Geometry;
  /** Whether the view draws a column header line. */
  header: boolean;
  /** Footer lines (legend or notes) under the body. */
  footer: string[];
  /** Screen lines for the body (table rows, chart, or an overlay). */
  bodyHeight: number;
  cellCursor: boolean;
  /** Whether the cursor row is drawn inverse (row views) rather than only the cursor cell (matrix views). */
  rowHighlight: boolean;
  bounds: Bounds;
  nav: Nav;
  stacked: boolean;
  /** The scorecard's split of the body (null in other views). */
  layout: ScorecardLayout | null;
  /** Lines under the header in every view (the scorecard's table gets only part of it). */
  fullBody: number;
}

/** The terminal's size in cells. */
export interface Size {
  columns: number;
  rows: number;
}

/** Runs a stage: React's useMemo in the dashboard, or simply the function (`once`). */
export type Memo = <T>(make: () => T, deps: readonly unknown[]) => T;

/** A stage run once, without memoising. */
export const once: Memo = (make) => make();

export function screenOf(
  state: NavState,
  size: Size,
  tableOf: TableOf,
  ascii: boolean,
  overlayLines: number,
  memo: Memo = once,
): Screen {
  const { view, vendors } = state;
  const spec = specOf(view);
  const weights = spec.weighted ? state.weights : undefined;
  const minCoverage = spec.weighted ? state.minCoverage : undefined;
  const require = spec.shortlisted ? state.require : undefined;
  const table = memo(
    () => tableOf(view, vendors, { weights, require, minCoverage }),
    [tableOf, view, vendors, weights, require, minCoverage],
  );
  const p = memo(() => projectKept(table, vendors, ascii), [table, vendors, ascii]);
  const isMatrix = p.statusCols.length > 0;
  const sort = state.sort[view];
  const diffOnly = state.diffOnly && isMatrix;
  const statusFilter = isMatrix ? state.statusFilter : null;
  const sorted = memo(() => filterAndSort(p, diffOnly, sort, statusFilter), [p, diffOnly, sort, statusFilter]);
  const folded = state.folded[view];
  const shaped = memo(() => shape(table, sorted.rows, sorted.total, folded ?? []), [table, sorted, folded]);
  const query = state.search.query;
  const open = memo(
    () => ((folded?.length ?? 0) > 0 ? shape(table, sorted.rows, sorted.total, []) : shaped),
    [table, sorted, folded, shaped],
  );
  const matches = memo(() => matchLines(open.lines, query), [open, query]);
  const matchSet = memo(() => {
    // With no group folded, the open lines are the drawn lines.
    if (open === shaped) return new Set(matches);
    const foldedSet = new Set(folded ?? []);
    return new Set(matches.map((m) => foldedLine(shaped, foldedSet, m)));
  }, [matches, shaped, open, folded]);
  const stacked = size.columns < 80;
  const { tabular } = spec;
  const geo = memo(
    () => geometry(p, size.columns, stacked && tabular, tabular ? table.frozen : 0),
    [p, size.columns, stacked, tabular, table.frozen],
  );
  const footer = memo(() => spec.footer(table, isMatrix), [spec, table, isMatrix]);
  const header = !stacked && tabular;
  // Notes and the legend wrap to the width: the body gets what they leave.
  const footerH = memo(() => footerHeight(footer, size.columns, ascii), [footer, size.columns, ascii]);
  const fullBody = Math.max(1, size.rows - 1 - CHROME - (header ? 1 : 0) - footerH);
  const split = spec.split({
    table,
    fullBody,
    lines: shaped.lines.length,
    lineHeight: geo.lineHeight,
    stacked,
    chart: state.chart,
  });
  const bounds: Bounds = {
    lines: shaped.lines.length,
    page: split.page,
    // A chart has one column: the cursor moves by figure, never sideways.
    widths: tabular ? geo.widths : [1],
    frozen: tabular ? geo.frozen : 1,
    avail: geo.avail,
    cellCursor: tabular,
    matches,
    headers: shaped.headers,
    groups: shaped.groups,
    groupRows: shaped.groupRows,
    overlayLines,
    overlayPage: panelPage(size.rows - 1 - CHROME),
    colId: undefined,
  };
  const nav = clampNav(state.nav[view], bounds);
  bounds.colId = p.columns[nav.col]?.id;
  return {
    view,
    width: size.columns,
    p,
    shaped,
    open,
    matches,
    matchSet,
    geo,
    header,
    footer,
    bodyHeight: split.bodyHeight,
    cellCursor: tabular,
    rowHighlight: !isMatrix,
    bounds,
    nav,
    stacked,
    layout: split.layout ?? null,
    fullBody,
  };
}
