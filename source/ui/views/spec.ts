/**
 * A ViewSpec is everything shared code needs to know about one view: how its
 * table is built and cached, how it splits the body at a terminal size, what
 * goes under it, and the component that draws it. Shared code (useScreen, App,
 * the status line, the table cache) looks the spec up in the registry instead
 * of asking which view it is. A view's body is lines of styled segments, so the
 * dashboard (Ink) and the first frame (drawn before Ink is loaded) draw the same.
 */
import type { Landscape } from '../../model/landscape.js';
import type { TableModel, ViewName } from '../../views/types.js';
import type { KeySpec } from '../keys/keymap.js';
import type { Screen } from '../screenOf.js';
import type { Seg } from '../segs.js';
import type { NavState } from '../state/reducer.js';
import type { UiTheme } from '../uiTheme.js';
import type { ScorecardLayout } from './scorecard/scorecardLayout.js';

/** What every view's body is drawn from. */
export interface BodyInput {
  land: Landscape;
  /** Everything derived for this frame (lines, geometry, cursor). */
  screen: Screen;
  state: NavState;
  /** Terminal columns. */
  width: number;
  theme: UiTheme;
  ascii: boolean;
}

/** A mouse report's place in a view's body. */
export interface BodyPoint {
  land: Landscape;
  state: NavState;
  screen: Screen;
  /** Terminal column, 1-based. */
  x: number;
  /** Body line, 0-based: the first line under the column header (or under the tab bar when there is none). */
  line: number;
}

/** What a point in a view's body stands for: a row to put the cursor on, a key to press (a panel's "press 6"), or nothing. */
export type BodyHit = { row: number } | { key: KeySpec } | null;

/** What a view is given to split its body. */
export interface SplitInput {
  table: TableModel;
  /** Lines under the header (the header, when drawn, is not included). */
  fullBody: number;
  /** Table lines (rows and category headers). */
  lines: number;
  /** Screen lines each table line takes (2 in the stacked layout). */
  lineHeight: number;
  stacked: boolean;
  /** The scorecard's quadrant is asked for in place of the scores (c). */
  chart: boolean;
}

/** How a view uses its body. */
export interface BodySplit {
  /** Screen lines the scrolling part gets. */
  bodyHeight: number;
  /** Table lines one page moves. */
  page: number;
  /** The scorecard's split between scores and quadrant. */
  layout?: ScorecardLayout;
}

export interface ViewSpec {
  name: ViewName;
  /** The table depends on the scorecard weights, so it is rebuilt when they change. */
  weighted: boolean;
  /** The table depends on the must-haves (eliminated vendors), so it is rebuilt when they change. */
  shortlisted: boolean;
  /** Built once with every vendor and narrowed by projection, so the vendor picker never rebuilds it. */
  projected: boolean;
  /** Drawn as a table (column header, a cell cursor, columns that scroll sideways); false for a chart. */
  tabular: boolean;
  /** Lines under the body: `legend`, `legend+stale`, or note text. */
  footer(table: TableModel, matrix: boolean): string[];
  /** The table as the dashboard shows it, when it differs from the printed one (the Market view's trends become rows). */
  screenTable?(table: TableModel, land: Landscape): TableModel;
  split(input: SplitInput): BodySplit;
  /**
   * What a point in the body stands for, in a view that draws more than table
   * rows (a chart, panels); undefined there, and in views without it, means
   * the table's own rows and cells.
   */
  hit?(at: BodyPoint): BodyHit | undefined;
  /** The body's lines, top to bottom, as many as it takes on the screen (blank ones included). */
  lines(input: BodyInput): Seg[][];
  /** What the body makes beyond the table, made in the background after the first frame so a first visit is quick. */
  warm?(land: Landscape, shown: Pick<NavState, 'vendors' | 'weights' | 'require' | 'minCoverage'>): void;
}

/** The status legend under a matrix (with the stale mark when some cell is stale). */
export function legendFooter(table: TableModel): string[] {
  return [
    `legend${table.stale ? '+stale' : ''}${table.marks?.change ? '+change' : ''}${table.marks?.weak ? '+weak' : ''}`,
  ];
}

/** Under a view: the status legend for a matrix, otherwise nothing. */
const legendOnly: ViewSpec['footer'] = (table, matrix) => (matrix ? legendFooter(table) : []);

/** A spec with the usual answers: not weighted nor shortlisted, not projected, drawn as a table, the legend under a matrix. */
export function defineSpec(spec: Pick<ViewSpec, 'name' | 'split' | 'lines'> & Partial<ViewSpec>): ViewSpec {
  return { weighted: false, shortlisted: false, projected: false, tabular: true, footer: legendOnly, ...spec };
}
