/**
 * The Overview: the vendor table, as tall as its rows (up to what leaves the
 * panels room), and under it the at-a-glance panels; its notes at the foot.
 */
import type { ViewSpec } from '../spec.js';
import { tableSpec } from '../table/spec.js';
import { keptPanels, OverviewView } from './OverviewView.js';

/** Lines kept for the panels when the body has room for them. */
const PANELS_MIN = 7;

const table = tableSpec('overview');

export const overviewSpec: ViewSpec = {
  ...table,
  shortlisted: true,
  split: ({ fullBody, lines, lineHeight }) => {
    const room = fullBody >= PANELS_MIN + 2 * lineHeight ? fullBody - PANELS_MIN : fullBody;
    const bodyHeight = Math.max(lineHeight, Math.min(lines * lineHeight, room));
    return { bodyHeight, page: Math.max(1, Math.floor(bodyHeight / lineHeight)) };
  },
  Body: OverviewView,
  warm: (land, { vendors, weights }) => {
    keptPanels(land, vendors, weights);
  },
};
