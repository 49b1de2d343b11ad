/**
 * Derives everything the current frame shows from the navigation state, in
 * memoised stages (table → projection → filter/sort → lines → matches →
 * geometry), so moving the cursor recomputes nothing but the window drawn.
 */
import { useMemo } from 'react';
import type { ViewName } from '../views/types.js';
import { panelPage } from './components/Panel.js';
import { type ScorecardLayout, scorecardLayout } from './scorecardLayout.js';
import { type Bounds, clampNav, type Nav, type NavState } from './state/reducer.js';
import { filterAndSort, type Line, matchLines, type Projected, project, type Shaped, shape } from './state/screen.js';
import { type Geometry, geometry } from './tableLines.js';
import type { TableOf } from './useTables.js';

/** Lines of chrome around the body: tab bar, status line, hint line. */
export const CHROME = 3;

export interface Screen {
  view: ViewName;
  p: Projected;
  shaped: Shaped;
  matches: number[];
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

export function useScreen(state: NavState, size: Size, tableOf: TableOf, ascii: boolean, overlayLines: number): Screen {
  const { view, vendors } = state;
  const weights = view === 'scorecard' ? state.weights : undefined;
  const table = useMemo(() => tableOf(view, vendors, weights), [tableOf, view, vendors, weights]);
  const p = useMemo(() => project(table, vendors, ascii), [table, vendors, ascii]);
  const isMatrix = p.statusCols.length > 0;
  const sort = state.sort[view];
  const diffOnly = state.diffOnly && isMatrix;
  const sorted = useMemo(() => filterAndSort(p, diffOnly, sort), [p, diffOnly, sort]);
  const folded = state.folded[view];
  const shaped = useMemo(() => shape(table, sorted.rows, sorted.total, folded ?? []), [table, sorted, folded]);
  const query = state.search.query;
  const matches = useMemo(() => matchLines(shaped.lines, query), [shaped, query]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const stacked = size.columns < 80;
  const market = view === 'market';
  const geo = useMemo(
    () => geometry(p, size.columns, stacked && !market, market ? 0 : table.frozen),
    [p, size.columns, stacked, market, table.frozen],
  );
  const scorecard = view === 'scorecard';
  const footer = useMemo(
    () =>
      isMatrix ? [table.stale ? 'legend+stale' : 'legend'] : market || scorecard ? [] : (table.notes ?? []).slice(0, 2),
    [isMatrix, market, scorecard, table.notes, table.stale],
  );
  const header = !stacked && !market;
  const fullBody = Math.max(1, size.rows - 1 - CHROME - (header ? 1 : 0) - footer.length);
  // The scorecard keeps room under its scores for the ranking and the quadrant.
  const layout = scorecard ? scorecardLayout(fullBody, shaped.lines.length * (stacked ? 2 : 1), state.chart) : null;
  const bodyHeight = layout ? layout.tableHeight : fullBody;
  const cellCursor = !market;
  const lineHeight = market ? 2 : geo.lineHeight;
  const page = Math.max(
    1,
    Math.floor((market ? marketChartHeight(bodyHeight - 1, table.notes?.length ?? 0) : bodyHeight) / lineHeight),
  );
  const bounds: Bounds = {
    lines: shaped.lines.length,
    page,
    widths: market ? [1] : geo.widths,
    frozen: market ? 1 : geo.frozen,
    avail: geo.avail,
    cellCursor,
    matches,
    headers: shaped.headers,
    groups: shaped.groups,
    overlayLines,
    overlayPage: panelPage(size.rows - 1 - CHROME),
    colId: undefined,
  };
  const nav = clampNav(state.nav[view], bounds);
  bounds.colId = p.columns[nav.col]?.id;
  return {
    view,
    p,
    shaped,
    matches,
    matchSet,
    geo,
    header,
    footer,
    bodyHeight,
    cellCursor,
    rowHighlight: !isMatrix,
    bounds,
    nav,
    stacked,
    layout,
    fullBody,
  };
}

/** Lines the market chart gets; the rest shows the trends (at least a third of the body when there are any). */
export function marketChartHeight(bodyHeight: number, trends: number): number {
  if (trends === 0) return bodyHeight;
  return Math.max(2, bodyHeight - Math.min(trends + 2, Math.max(3, Math.floor(bodyHeight / 3))));
}

export type { Line };
