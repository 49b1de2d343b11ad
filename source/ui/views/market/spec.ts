/** The Market view: a bar chart, two lines a figure, then the trends, each selectable and wrapped to be read whole. */
import type { Landscape } from '../../../model/landscape.js';
import { TREND_ROW } from '../../../views/evidence/documents.js';
import type { TableModel } from '../../../views/types.js';
import { uiTheme } from '../../uiTheme.js';
import { defineSpec } from '../spec.js';
import { marketBodyLines, marketDraw, marketHeader, marketRowAt } from './marketLines.js';

/** The market table with each trend as a row after the figures (`trend:<id>`), so the cursor, search and Enter reach them; a sort orders the figures and leaves the trends under them. */
export function withTrends(table: TableModel, land: Landscape): TableModel {
  const blank = table.columns.map(() => ({ text: '' }));
  const trends = land.dataset.trends.map((t) => ({
    id: `${TREND_ROW}${t.id}`,
    searchText: t.text,
    trailing: true,
    cells: blank.map((c, k) => (k === 0 ? { text: t.text } : c)),
  }));
  return { ...table, rows: [...table.rows, ...trends], notes: [] };
}

export const marketSpec = defineSpec({
  name: 'market',
  tabular: false,
  screenTable: withTrends,
  // The title (and the legend, when it wraps) come first; a figure takes two lines, a trend at least one.
  split: ({ fullBody }) => ({
    bodyHeight: fullBody,
    page: Math.max(1, Math.floor((fullBody - 2) / 2)),
  }),
  // The title and legend lines are no row; under them, the figure or trend drawn there (as the chart draws it).
  hit: ({ land, state, screen, line }) => {
    const plain = uiTheme(0);
    const header = marketHeader(screen.width, plain, false).length;
    const row = marketRowAt(marketDraw(land, screen, state.search.query, plain, false, header), line - header);
    return row === undefined ? null : { row };
  },
  lines: marketBodyLines,
});
