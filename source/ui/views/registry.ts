/** Every view's spec by name: the one place that lists the views the dashboard draws. */
import type { ViewName } from '../../views/types.js';
import { changesSpec } from './changes/spec.js';
import { computeSpec } from './compute/spec.js';
import { dealsSpec } from './deals/spec.js';
import { featuresSpec } from './features/spec.js';
import { marketSpec } from './market/spec.js';
import { overviewSpec } from './overview/spec.js';
import { scorecardSpec } from './scorecard/spec.js';
import { sourcesSpec } from './sources/spec.js';
import type { ViewSpec } from './spec.js';

export const VIEW_SPECS: Readonly<Record<ViewName, ViewSpec>> = {
  overview: overviewSpec,
  features: featuresSpec,
  compute: computeSpec,
  deals: dealsSpec,
  market: marketSpec,
  scorecard: scorecardSpec,
  sources: sourcesSpec,
  changes: changesSpec,
};

export const specOf = (view: ViewName): ViewSpec => VIEW_SPECS[view];
