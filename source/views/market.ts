/**
 * Market figures (sized for a bar chart) and the trends the sources name.
 * Figures are grouped by metric (first appearance), then by year, so a chart
 * can give each metric its own scale; a figure we derived from a source's
 * words (its text or note says "derived") is marked as derived, and a `>` or
 * `<` comparator makes the figure a bound, not a value.
 */
import type { MarketFigure } from '../data/schema.js';
import { evidenceOf } from '../model/evidence.js';
import type { Landscape } from '../model/landscape.js';
import { moneyJson } from './money.js';
import { moneyCell, numberCell } from './sortKeys.js';
import { sourcesCited, sourceUrls } from './sourcesCited.js';
import type { BuiltView, ViewOptions } from './types.js';

/** A figure we worked out from what a source says rather than a number it gives. */
export function isDerived(m: MarketFigure): boolean {
  return /\bderived\b/i.test(`${m.value.text} ${m.note ?? ''}`);
}

/** `lower` for "more than" (>), `upper` for "less than" (<), undefined for a value. */
export function boundOf(m: MarketFigure): 'lower' | 'upper' | undefined {
  return m.value.comparator === '>' ? 'lower' : m.value.comparator === '<' ? 'upper' : undefined;
}

/** Figures by metric (in order of first appearance), then year. */
export function byMetric(figures: readonly MarketFigure[]): MarketFigure[] {
  const order = new Map<string, number>();
  for (const m of figures) if (!order.has(m.metric)) order.set(m.metric, order.size);
  return [...figures].sort((a, b) => (order.get(a.metric) ?? 0) - (order.get(b.metric) ?? 0) || a.year - b.year);
}

const kindText = (m: MarketFigure) =>
  `${m.kind}${boundOf(m) === 'lower' ? ', at least' : boundOf(m) === 'upper' ? ', at most' : ''}${isDerived(m) ? ', derived' : ''}`;

export function buildMarket(land: Landscape, _opts: ViewOptions): BuiltView {
  const figures = byMetric(land.dataset.market);
  return {
    table: {
      view: 'market',
      title: 'Market figures',
      frozen: 1,
      columns: [
        { id: 'metric', title: 'Metric', minWidth: 16, maxWidth: 60 },
        { id: 'year', title: 'Year', minWidth: 4, maxWidth: 4 },
        { id: 'kind', title: 'Kind', minWidth: 8, maxWidth: 32 },
        { id: 'value', title: 'Value', minWidth: 10, maxWidth: 36 },
        { id: 'attribution', title: 'Attributed to', minWidth: 12, maxWidth: 60 },
      ],
      rows: figures.map((m) => ({
        id: m.id,
        searchText: m.note ?? '',
        csv: {
          Metric: m.metric,
          Year: m.year,
          Kind: m.kind,
          Amount: m.value.amount ?? null,
          Currency: m.value.currency,
          Value: m.value.text,
          'Attributed to': m.attribution,
          Evidence: evidenceOf(m.sources, land.sourceById) ?? 'none',
          Note: m.note ?? '',
          'Source URLs': sourceUrls(land, m.sources),
        },
        cells: [
          { text: m.metric },
          numberCell(m.year),
          { text: kindText(m) },
          {
            ...moneyCell(m.value),
            cite: { note: m.note ?? '', sources: m.sources, evidence: evidenceOf(m.sources, land.sourceById) },
          },
          { text: m.attribution },
        ],
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
        bound: boundOf(m) ?? null,
        derived: isDerived(m),
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
