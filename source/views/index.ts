/** Builds any view by name. */
import type { Landscape } from '../model/landscape.js';
import { buildChanges } from './changes.js';
import { buildCompute } from './compute.js';
import { buildDeals } from './deals.js';
import { buildFeatures } from './features.js';
import { buildMarket } from './market.js';
import { buildOverview } from './overview.js';
import { buildScorecard, keptScorecardModel } from './scorecard.js';
import { withScorecardCsv } from './scorecardCsv.js';
import { buildSources } from './sources.js';
import type { BuiltView, ViewName, ViewOptions } from './types.js';

const BUILDERS: Record<ViewName, (land: Landscape, opts: ViewOptions) => BuiltView> = {
  overview: buildOverview,
  features: buildFeatures,
  compute: buildCompute,
  deals: buildDeals,
  market: buildMarket,
  scorecard: (land, opts) => withScorecardCsv(buildScorecard(land, opts), keptScorecardModel(land, opts), land),
  sources: buildSources,
  changes: buildChanges,
};

export function buildView(name: ViewName, land: Landscape, opts: ViewOptions): BuiltView {
  return BUILDERS[name](land, opts);
}
