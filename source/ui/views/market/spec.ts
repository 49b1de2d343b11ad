/** The Market view: a bar chart, two lines a figure, the cursor on a whole figure; the trends under it. */
import { defineSpec } from '../spec.js';
import { MarketView } from './MarketView.js';
import { marketChartHeight } from './marketLines.js';

export const marketSpec = defineSpec({
  name: 'market',
  tabular: false,
  // The chart's title line comes first; each figure takes two lines.
  split: ({ table, fullBody }) => ({
    bodyHeight: fullBody,
    page: Math.max(1, Math.floor(marketChartHeight(fullBody - 1, table.notes?.length ?? 0) / 2)),
  }),
  Body: MarketView,
});
