/** The Market view: a bar chart, two lines a figure, then the trends, each selectable and wrapped to be read whole. */
import type { Landscape } from '../../../model/landscape.js';
import { TREND_ROW } from '../../../views/evidence/documents.js';
import type { TableModel } from '../../../views/types.js';
import { legendFooter, type ViewSpec } from '../spec.js';
import { MarketView } from './MarketView.js';

/** The market table with each trend as a row after the figures (`trend:<id>`), so the cursor, search and Enter reach them. */
export function withTrends(table: TableModel, land: Landscape): TableModel {
  const trends = land.dataset.trends.map((t) => ({
    id: `${TREND_ROW}${t.id}`,
    searchText: t.text,
    cells: [{ text: t.text }, { text: '' }, { text: 'trend' }, { text: '' }, { text: '' }],
  }));
  return { ...table, rows: [...table.rows, ...trends], notes: [] };
}

export const marketSpec: ViewSpec = {
  name: 'market',
  weighted: false,
  projected: false,
  tabular: false,
  footer: (table, matrix) => (matrix ? legendFooter(table) : []),
  screenTable: withTrends,
  // The chart's title (and legend) lines come first; a figure takes two lines, a trend at least one.
  split: ({ fullBody }) => ({
    bodyHeight: fullBody,
    page: Math.max(1, Math.floor((fullBody - 2) / 2)),
  }),
  Body: MarketView,
};
