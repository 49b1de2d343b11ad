/** The Changes view: a timeline of dated lifecycle events, grouped by where each stands relative to today. */
import { tableSpec } from '../table/spec.js';

export const changesSpec = tableSpec('changes');
