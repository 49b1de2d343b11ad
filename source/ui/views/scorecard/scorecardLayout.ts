/**
 * How the Scorecard view shares its body: the scores table, a line that says
 * how the score under the cursor is made, the ranking line, the line that explains it, and the quadrant
 * chart under them when it fits (otherwise `c` shows it in place of the
 * scores). Pure, so screenOf (the page size) and scorecardBodyLines (the drawing)
 * agree.
 */
import { QUADRANT_MIN_HEIGHT } from './quadrantLines.js';

/** Lines under the scores: how the score is made, the ranking, and why (sensitivity, ties). */
export const SCORECARD_EXTRA = 3;

/** The quadrant never needs more than this many lines. */
const QUADRANT_MAX = 24;

export interface ScorecardLayout {
  /** Lines for the table's rows (its header not included). */
  tableHeight: number;
  /** Lines for the quadrant (0: not shown). */
  chartHeight: number;
  /** The quadrant takes the whole body instead of the scores. */
  chartOnly: boolean;
}

/**
 * @param body lines available under the table header
 * @param lines table lines (categories and overall)
 * @param chart whether the user asked for the chart (c)
 */
export function scorecardLayout(body: number, lines: number, chart: boolean): ScorecardLayout {
  const rest = Math.max(1, body - SCORECARD_EXTRA);
  if (chart) return { tableHeight: rest, chartHeight: Math.min(QUADRANT_MAX, body), chartOnly: true };
  const spare = rest - lines;
  if (spare >= QUADRANT_MIN_HEIGHT + 1) {
    return { tableHeight: lines, chartHeight: Math.min(QUADRANT_MAX, spare - 1), chartOnly: false };
  }
  return { tableHeight: rest, chartHeight: 0, chartOnly: false };
}
