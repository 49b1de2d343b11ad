/** The shapes every view model shares, so the screen and printed output draw from one source. */
import type { Status } from '../data/schema.js';
import type { Evidence } from '../model/evidence.js';
import type { Freshness } from '../model/freshness.js';
import type { Weights } from '../model/score.js';

export const VIEW_NAMES = [
  'overview',
  'features',
  'compute',
  'deals',
  'market',
  'scorecard',
  'sources',
  'changes',
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const VIEW_TITLES: Record<ViewName, string> = {
  overview: 'Overview',
  features: 'Features',
  compute: 'Compute',
  deals: 'Deals',
  market: 'Market',
  scorecard: 'Scorecard',
  sources: 'Sources',
  changes: 'Changes',
};

export interface ViewOptions {
  /** Vendor ids to show, in display order. */
  vendors: readonly string[];
  /** Scorecard weights by category id (missing categories weigh 1; 0 excludes). */
  weights?: Weights;
  /** Today and the stale threshold; without it nothing is marked stale. */
  freshness?: Freshness;
  /** The least coverage (0..1) a vendor needs to be ranked (default 0.8). */
  minCoverage?: number;
  /** Must-have feature or accelerator ids; a vendor lacking one is eliminated. */
  require?: readonly string[];
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

/** What Enter opened: a claim, a whole matrix row, or a row of another view (the evidence pane's subject). */
export type Target =
  | { kind: 'cell'; cellKind: CellRef['kind']; row: string; vendor: string }
  | { kind: 'row'; view: ViewName; row: string };

/** What Enter on a cell opens: a claim with its evidence. */
export interface CellRef {
  /** `score`: a scorecard cell (row = category id or `overall`); Enter lists the cells behind it. */
  kind: 'feature' | 'compute' | 'score';
  row: string;
  vendor: string;
}

export interface TableCell {
  text: string;
  status?: Status;
  ref?: CellRef;
  /** The claim is older than the stale threshold (drawn with a mark after the status). */
  stale?: boolean;
  /** Drawn dimmed (an excluded scorecard category). */
  dim?: boolean;
  /** The end of `text` that stays whole when the cell is cut (" (eliminated)"): the words before it give way. */
  keep?: string;
  /** The claim has a dated change coming up, or one that happened lately (drawn with a mark). */
  change?: 'upcoming' | 'recent';
  /** The claim rests on weak evidence (drawn with a mark): one non-primary source, or only secondary ones. */
  evidence?: 'single-source' | 'secondary';
  /** What the cell rests on: Markdown cites it in a footnote, CSV in note and source-URL columns. */
  cite?: Cite;
  /**
   * What the cell sorts by when its text would sort wrongly: an amount, a day
   * (ms since the epoch), a count. `null`: not known, sorted last either way.
   * See `source/views/sortKeys.ts`.
   */
  sort?: number | null;
}

/** The evidence behind a cell: the claim's note, its source ids and their strength. */
export interface Cite {
  note: string;
  sources: readonly string[];
  evidence: Evidence | null;
}

/** A value as a spreadsheet should read it: a number stays a number, an absent value is an empty cell. */
export type CsvValue = string | number | null;

export interface TableRow {
  id: string;
  /** Group (category) id this row belongs to; rows of a group are contiguous. */
  group?: string;
  cells: TableCell[];
  /** Extra text the search matches (notes), beyond the visible cells. */
  searchText?: string;
  /**
   * The row as a spreadsheet should read it (numbers as numbers, ISO dates),
   * by column title; CSV writes these instead of the cells when every row has them.
   */
  csv?: Record<string, CsvValue>;
  /** A total over the rows above it (the scorecard's Overall): it stays the last row whatever the sort. */
  total?: boolean;
  /** Rows of another kind listed after the table's own (the Market view's trends under its figures): they stay last whatever the sort. */
  trailing?: boolean;
  /** Cheap reads of a row whose cells are made on first use (views/lazy.ts): filters, search and sort read through it. */
  peek?: RowPeek;
}

/** A cell's text, status and sort key read without building its row (they match what `cells` holds). */
export interface RowPeek {
  /** How many cells the row has. */
  length: number;
  text(i: number): string;
  status(i: number): Status | undefined;
  sort?(i: number): number | null | undefined;
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
  /** Further tables printed after this one (the scorecard's quadrant); CSV leaves them out. */
  sections?: TableSection[];
  /** Some cell is stale: the legend explains the stale mark. */
  stale?: string;
  /** Some cell carries a change mark or a weak-evidence mark: the legend explains them. */
  marks?: { change: boolean; weak: boolean };
}

/** A small extra table printed under a view's main table. */
export interface TableSection {
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
  notes?: string[];
}

/** A built view: the table that screens and tables draw, and the documented JSON object. */
export interface BuiltView {
  table: TableModel;
  json: { view: ViewName; asOf: string; [key: string]: unknown };
}
