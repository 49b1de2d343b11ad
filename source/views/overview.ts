/** One row per vendor: who they are, what they sell for training, and how the matrix reads for them. */

import { evidenceOf } from '../model/evidence.js';
import { durationText, staleClaims } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import { shortlist } from '../model/mustHave.js';
import { computeCounts, featureCounts } from '../model/stats.js';
import { sourcesCited, sourceUrls } from './sourcesCited.js';
import type { BuiltView, ViewOptions } from './types.js';

/** After an eliminated vendor's name; it stays when a narrow column cuts the name. */
const ELIMINATED = ' (eliminated)';

/** `ok`, `ok (preview: x)` or `out: x, y` for a vendor's must-haves. */
function mustText(e: { eliminated: boolean; missing: string[]; preview: string[] }): string {
  if (e.eliminated) return `out: ${e.missing.join(', ')}`;
  return e.preview.length > 0 ? `ok (preview: ${e.preview.join(', ')})` : 'ok';
}

export function buildOverview(land: Landscape, opts: ViewOptions): BuiltView {
  const require = opts.require ?? [];
  const must = new Map(shortlist(land, opts.vendors, require).map((e) => [e.vendor, e]));
  const rows = opts.vendors.flatMap((id) => {
    const v = land.vendorById.get(id);
    if (!v) return [];
    const counts = featureCounts(land, id);
    const compute = computeCounts(land, id);
    const stale = opts.freshness ? staleClaims(land, id, opts.freshness) : undefined;
    return [
      {
        id,
        name: v.name,
        parent: v.parent,
        platform: v.platform ?? '',
        trainingProducts: v.trainingProducts,
        pricingUnit: v.pricingUnit ?? '',
        openSource: v.openSource,
        dataTieIn: v.dataTieIn ?? '',
        features: { total: land.features.length, ...counts },
        accelerators: { total: land.accelerators.length, ...compute },
        ...(stale ? { stale } : {}),
        ...(require.length > 0 && must.get(id)
          ? {
              mustHaves: {
                eliminated: must.get(id)?.eliminated ?? false,
                missing: must.get(id)?.missing ?? [],
                preview: must.get(id)?.preview ?? [],
              },
            }
          : {}),
        sources: v.sources,
      },
    ];
  });
  return {
    table: {
      view: 'overview',
      title: 'Vendors at a glance',
      frozen: 1,
      columns: [
        { id: 'vendor', title: 'Vendor', minWidth: 24, maxWidth: 64 },
        { id: 'parent', title: 'Parent', minWidth: 10, maxWidth: 24 },
        { id: 'ga', title: 'GA', align: 'right', minWidth: 3, maxWidth: 3 },
        { id: 'preview', title: 'Preview', align: 'right', minWidth: 7, maxWidth: 7 },
        { id: 'partial', title: 'Partial', align: 'right', minWidth: 7, maxWidth: 7 },
        { id: 'none', title: 'None', align: 'right', minWidth: 4, maxWidth: 4 },
        { id: 'unknown', title: 'Unknown', align: 'right', minWidth: 7, maxWidth: 7 },
        { id: 'stale', title: 'Stale', align: 'right', minWidth: 5, maxWidth: 5 },
        { id: 'accelerators', title: 'Accel. GA/known/all', align: 'right', minWidth: 19, maxWidth: 19 },
        ...(require.length > 0 ? [{ id: 'must-haves', title: 'Must-haves', minWidth: 10, maxWidth: 40 }] : []),
        { id: 'products', title: 'Training products', minWidth: 20, maxWidth: 60 },
        { id: 'pricing', title: 'Pricing unit', minWidth: 16, maxWidth: 50 },
        { id: 'openSource', title: 'Open source', minWidth: 16, maxWidth: 50 },
        { id: 'dataTieIn', title: 'Data-platform tie-in', minWidth: 20, maxWidth: 60 },
      ],
      rows: rows.map((r) => ({
        id: r.id,
        searchText: [r.platform, r.dataTieIn, ...r.trainingProducts, ...r.openSource].join('\n'),
        csv: {
          Vendor: r.name,
          Parent: r.parent,
          GA: r.features.ga,
          Preview: r.features.preview,
          Partial: r.features.partial,
          None: r.features.none,
          Unknown: r.features.unknown,
          Features: r.features.total,
          'Stale claims': r.stale ? r.stale.feature + r.stale.compute : null,
          'Accelerators GA': r.accelerators.ga,
          Accelerators: r.accelerators.total,
          'Training products': r.trainingProducts.join('; '),
          'Pricing unit': r.pricingUnit,
          'Open source': r.openSource.join(', '),
          'Data-platform tie-in': r.dataTieIn,
          'Source URLs': sourceUrls(land, r.sources),
        },
        cells: [
          {
            text: r.mustHaves?.eliminated ? `${r.name}${ELIMINATED}` : r.name,
            ...(r.mustHaves?.eliminated ? { keep: ELIMINATED } : {}),
            dim: r.mustHaves?.eliminated,
            cite: { note: '', sources: r.sources, evidence: evidenceOf(r.sources, land.sourceById) },
          },
          { text: r.parent },
          { text: String(r.features.ga) },
          { text: String(r.features.preview) },
          { text: String(r.features.partial) },
          { text: String(r.features.none) },
          { text: String(r.features.unknown) },
          { text: r.stale ? String(r.stale.feature + r.stale.compute) : '' },
          // GA, then how many are known at all, out of every accelerator: an Unknown is not a No.
          { text: `${r.accelerators.ga}/${r.accelerators.total - r.accelerators.unknown}/${r.accelerators.total}` },
          ...(r.mustHaves ? [{ text: mustText(r.mustHaves), dim: r.mustHaves.eliminated }] : []),
          { text: r.trainingProducts.join('; ') },
          { text: r.pricingUnit },
          { text: r.openSource.join(', ') },
          { text: r.dataTieIn },
        ],
      })),
      notes: [
        ...(require.length > 0
          ? [`Must-haves: ${require.join(', ')}; None or Unknown eliminates a vendor, Preview passes flagged.`]
          : []),
        `Feature counts are out of ${land.features.length} features; accelerators: GA / known (any status but Unknown) / all ${land.accelerators.length}.`,
        ...(opts.freshness
          ? [
              `Stale: feature and accelerator claims older than ${durationText(opts.freshness.staleAfter)} (today ${opts.freshness.today}; --stale-after).`,
            ]
          : []),
      ],
    },
    json: {
      view: 'overview',
      asOf: land.asOf,
      rows,
      sources: sourcesCited(
        land,
        rows.flatMap((r) => r.sources),
      ),
    },
  };
}
