/** The Overview view: a plain table, one row per line, its notes under it. */
import type { ViewSpec } from '../spec.js';
import { tableSpec } from '../table/spec.js';

export const overviewSpec: ViewSpec = { ...tableSpec('overview'), shortlisted: true };
