/** The shapes every view model shares, so the screen and printed output draw from one source. */
import type { Status } from '../data/schema.js';

export const VIEW_NAMES = ['overview', 'features', 'compute', 'deals', 'market', 'scorecard', 'sources'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const VIEW_TITLES: Record<ViewName, string> = {
  overview: 'Overview',
  features: 'Features',
  compute: 'Compute',
  deals: 'Deals',
  market: 'Market',
  scorecard: 'Scorecard',
  sources: 'Sources',
};

export interface ViewOptions {
  /** Vendor ids to show, in display order. */
  vendors: readonly string[];
}

export interface TableColumn {
  id: string;
  title: string;
  align?: 'left' | 'right';
  /** Widths in terminal cells the table may give this column. */
  minWidth?: number;
  maxWidth?: number;
  /** Cells of this column are statuses (drawn with glyph and word). */
  status?: boolean;
  /** A vendor column: hidden by the vendor filter, scrolled horizontally. */
  vendor?: string;
}

/** What Enter on a cell opens: a claim with its evidence. */
export interface CellRef {
  kind: 'feature' | 'compute';
  row: string;
  vendor: string;
}

export interface TableCell {
  text: string;
  status?: Status;
  ref?: CellRef;
}

export interface TableRow {
  id: string;
  /** Group (category) id this row belongs to; rows of a group are contiguous. */
  group?: string;
  cells: TableCell[];
  /** Extra text the search matches (notes), beyond the visible cells. */
  searchText?: string;
}

export interface TableGroup {
  id: string;
  name: string;
}

export interface TableModel {
  view: ViewName;
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
  groups?: TableGroup[];
  /** How many leading columns stay put when the rest scroll sideways. */
  frozen: number;
  /** Lines printed under the table (legends, footnotes). */
  notes?: string[];
}

/** A built view: the table that screens and tables draw, and the documented JSON object. */
export interface BuiltView {
  table: TableModel;
  json: { view: ViewName; asOf: string; [key: string]: unknown };
}
