/** Deals and funding, oldest first, with values as reported. */
import type { Deal } from '../data/schema.js';
import { evidenceOf } from '../model/evidence.js';
import type { Landscape } from '../model/landscape.js';
import { moneyJson } from './money.js';
import { dayCell, moneyCell } from './sortKeys.js';
import { sourcesCited, sourceUrls } from './sourcesCited.js';
import type { BuiltView, CsvValue, ViewOptions } from './types.js';

/** A deal is shown unless it concerns only vendors that are filtered out. */
function dealShown(deal: Deal, vendors: readonly string[]): boolean {
  return deal.vendors.length === 0 || deal.vendors.some((v) => vendors.includes(v));
}

export function buildDeals(land: Landscape, opts: ViewOptions): BuiltView {
  const deals = land.dataset.deals
    .filter((d) => dealShown(d, opts.vendors))
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.date.localeCompare(b.d.date) || a.i - b.i)
    .map(({ d }) => d);
  return {
    table: {
      view: 'deals',
      title: 'Deals and funding',
      frozen: 1,
      columns: [
        { id: 'date', title: 'Date', minWidth: 7, maxWidth: 10 },
        { id: 'kind', title: 'Kind', minWidth: 7, maxWidth: 11 },
        { id: 'buyer', title: 'Buyer / investors', minWidth: 10, maxWidth: 28 },
        { id: 'target', title: 'Target', minWidth: 10, maxWidth: 36 },
        { id: 'value', title: 'Value', minWidth: 8, maxWidth: 24 },
        { id: 'valuation', title: 'Valuation', minWidth: 8, maxWidth: 20 },
        { id: 'status', title: 'Status', minWidth: 8, maxWidth: 11 },
        { id: 'evidence', title: 'Evidence', minWidth: 7, maxWidth: 13 },
        { id: 'note', title: 'Note', minWidth: 10, maxWidth: 80 },
      ],
      rows: deals.map((d) => ({
        id: d.id,
        searchText: d.note ?? '',
        csv: dealCsv(land, d),
        cells: [
          dayCell(d.date),
          { text: d.kind },
          // A round whose investors the sources do not name says so rather than leaving a blank.
          d.buyer ? { text: d.buyer } : { text: d.kind === 'funding' ? 'not named' : '', dim: true },
          { text: d.target },
          moneyCell(d.value, 'undisclosed'),
          moneyCell(d.valuation),
          { text: d.status },
          {
            text: evidenceOf(d.sources, land.sourceById) ?? 'none',
            cite: { note: d.note ?? '', sources: d.sources, evidence: evidenceOf(d.sources, land.sourceById) },
          },
          { text: d.note ?? '' },
        ],
      })),
    },
    json: {
      view: 'deals',
      asOf: land.asOf,
      rows: deals.map((d) => ({
        id: d.id,
        date: d.date,
        kind: d.kind,
        buyer: d.buyer ?? null,
        target: d.target,
        value: moneyJson(d.value),
        valuation: moneyJson(d.valuation),
        status: d.status,
        vendors: d.vendors,
        note: d.note ?? '',
        sources: d.sources,
        evidence: evidenceOf(d.sources, land.sourceById),
      })),
      sources: sourcesCited(
        land,
        deals.flatMap((d) => d.sources),
      ),
    },
  };
}

/** How a reported amount compares with the figure (words, since `=` would start a formula). */
const COMPARATOR_WORD = { '~': 'about', '>': 'more than', '<': 'less than', '=': 'exactly' } as const;

/** A deal as a spreadsheet reads it: amounts as numbers with their currency, the date as written (ISO 8601). */
function dealCsv(land: Landscape, d: Deal): Record<string, CsvValue> {
  return {
    Date: d.date,
    Kind: d.kind,
    'Buyer / investors': d.buyer ?? '',
    Target: d.target,
    Amount: d.value?.amount ?? null,
    Currency: d.value?.currency ?? '',
    'Amount is': d.value?.amount === undefined ? '' : COMPARATOR_WORD[d.value.comparator ?? '='],
    Value: d.value?.text ?? 'undisclosed',
    'Valuation amount': d.valuation?.amount ?? null,
    'Valuation currency': d.valuation?.currency ?? '',
    Valuation: d.valuation?.text ?? '',
    Status: d.status,
    Vendors: d.vendors.join(' '),
    Evidence: evidenceOf(d.sources, land.sourceById) ?? 'none',
    Note: d.note ?? '',
    'Source URLs': sourceUrls(land, d.sources),
  };
}
