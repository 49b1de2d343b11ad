/** The Features view: a status matrix (one column per vendor), built once with every vendor and projected to the shown ones. */
import { tableSpec } from '../table/spec.js';

export const featuresSpec = tableSpec('features', { projected: true });
