/** Market figures (sized for a bar chart) and the trends the sources name. */

import { evidenceOf } from '../model/evidence.js';
import type { Landscape } from '../model/landscape.js';
import { moneyJson } from './money.js';
import { moneyCell, numberCell } from './sortKeys.js';
import { sourcesCited } from './sourcesCited.js';
import type { BuiltView, ViewOptions } from './types.js';

export function buildMarket(land: Landscape, _opts: ViewOptions): BuiltView {
  const figures = [...land.dataset.market].sort((a, b) => a.year - b.year);
  return {
    table: {
      view: 'market',
      title: 'Market figures',
      frozen: 1,
      columns: [
        { id: 'metric', title: 'Metric', minWidth: 16, maxWidth: 60 },
        { id: 'year', title: 'Year', minWidth: 4, maxWidth: 4 },
        { id: 'kind', title: 'Kind', minWidth: 8, maxWidth: 10 },
        { id: 'value', title: 'Value', minWidth: 10, maxWidth: 36 },
        { id: 'attribution', title: 'Attributed to', minWidth: 12, maxWidth: 60 },
      ],
      rows: figures.map((m) => ({
        id: m.id,
        searchText: m.note ?? '',
        cells: [{ text: m.metric }, numberCell(m.year), { text: m.kind }, moneyCell(m.value), { text: m.attribution }],
      })),
      notes: land.dataset.trends.map((t) => `Trend: ${t.text}`),
    },
    json: {
      view: 'market',
      asOf: land.asOf,
      rows: figures.map((m) => ({
        id: m.id,
        metric: m.metric,
        year: m.year,
        kind: m.kind,
        value: moneyJson(m.value),
        attribution: m.attribution,
        note: m.note ?? '',
        sources: m.sources,
        evidence: evidenceOf(m.sources, land.sourceById),
      })),
      trends: land.dataset.trends.map((t) => ({ id: t.id, text: t.text, sources: t.sources })),
      sources: sourcesCited(land, [
        ...figures.flatMap((m) => m.sources),
        ...land.dataset.trends.flatMap((t) => t.sources),
      ]),
    },
  };
}
