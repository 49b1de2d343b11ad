/** The Scorecard view: weighted scores (a table), how the score is made, the ranking, and the quadrant when it fits. */
import { defineSpec } from '../spec.js';
import { scorecardLayout } from './scorecardLayout.js';
import { scorecardBodyLines } from './scorecardLines.js';

export const scorecardSpec = defineSpec({
  name: 'scorecard',
  weighted: true,
  shortlisted: true,
  // The scorecard keeps room under its scores for the ranking and the quadrant.
  split: ({ fullBody, lines, lineHeight, chart }) => {
    const layout = scorecardLayout(fullBody, lines * lineHeight, chart);
    return { bodyHeight: layout.tableHeight, page: Math.max(1, Math.floor(layout.tableHeight / lineHeight)), layout };
  },
  lines: scorecardBodyLines,
});
