/**
 * The Overview: the vendor table, as tall as its rows (up to what leaves the
 * panels room), and under it the at-a-glance panels; its notes at the foot.
 */
import type { ViewSpec } from '../spec.js';
import { tableSpec } from '../table/spec.js';
import { keptPanels, moreKey, overviewBodyLines, panelAt } from './overviewPanels.js';

/** Lines kept for the panels when the body has room for them. */
const PANELS_MIN = 7;

const table = tableSpec('overview');

export const overviewSpec: ViewSpec = {
  ...table,
  shortlisted: true,
  split: ({ fullBody, lines, lineHeight }) => {
    const room = fullBody >= PANELS_MIN + 2 * lineHeight ? fullBody - PANELS_MIN : fullBody;
    // Whole rows only (a stacked row takes two lines): a line the table cannot use goes to the panels.
    const bodyHeight = Math.max(lineHeight, Math.floor(Math.min(lines * lineHeight, room) / lineHeight) * lineHeight);
    return { bodyHeight, page: Math.max(1, Math.floor(bodyHeight / lineHeight)) };
  },
  // The vendor table's rows are the table's; a click on a panel presses the key it names ("press 6").
  hit: ({ land, state, screen, line, x }) => {
    if (line < screen.bodyHeight) return undefined;
    const panels = keptPanels(land, state.vendors, {
      weights: state.weights,
      require: state.require,
      minCoverage: state.minCoverage,
    });
    const panel = panelAt(panels, screen.width, screen.fullBody - screen.bodyHeight, line - screen.bodyHeight, x);
    return panel ? { key: moreKey(panel.more) } : null;
  },
  lines: overviewBodyLines,
  warm: (land, { vendors, weights, require, minCoverage }) => {
    keptPanels(land, vendors, { weights, require, minCoverage });
  },
};
