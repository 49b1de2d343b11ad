/** The Sources view: a plain table, one row per line, its notes under it. */
import { tableSpec } from '../table/spec.js';

export const sourcesSpec = tableSpec('sources');
