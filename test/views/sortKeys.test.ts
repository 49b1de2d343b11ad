/** Columns sort by what they mean: amounts by amount (unknown last), days by date, counts as numbers. */
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { filterAndSort, project } from '../../source/ui/state/screen.js';
import { buildView } from '../../source/views/index.js';
import { dayKey } from '../../source/views/sortKeys.js';
import { VIEW_NAMES } from '../../source/views/types.js';
import { bundledLandscape } from '../helpers/render.js';
import { smallText, tempDir, writeTemp } from '../helpers/tmp.js';

const deal = (id: string, date: string, value: string) => `
  - id: ${id}
    date: ${date}
    kind: funding
    target: ${id}
    ${value}
    status: completed
    vendors: [alpha]
    sources: [news-gamma]
`;
const withDeals = smallText().replace(
  '\nmarket:',
  `${[
    deal('d-13b', '2025-01-02', 'value: {amount: 1300000000, text: "$1.3 billion"}'),
    deal('d-5b', '2023-11-20', 'value: {amount: 5000000000, text: "$5 billion"}'),
    deal('d-unknown', '2024', 'valuation: {text: "a lot"}'),
    deal('d-10b', '2024-12', 'value: {amount: 10000000000, text: "$10 billion"}'),
    deal('d-665m', '2024-02-29', 'value: {amount: 665000000, text: "$665 million"}'),
  ].join('')}\nmarket:`,
);
const land = buildLandscape(loadOrThrow(writeTemp(tempDir(), 'deals.yaml', withDeals)).dataset);
const vendors = land.vendors.map((v) => v.id);

/** The text of column `show` after sorting the view by column `by`. */
function sorted(view: 'deals', by: string, dir: 'asc' | 'desc', show = by): string[] {
  const p = project(buildView(view, land, { vendors }).table, vendors, false);
  const k = p.columns.findIndex((c) => c.id === show);
  return filterAndSort(p, false, { col: by, dir }).rows.map((r) => r.cells[p.source[k] as number]?.text ?? '');
}

describe('sorting the Deals', () => {
  it('by Value compares amounts, with undisclosed amounts last both ways', () => {
    expect(sorted('deals', 'value', 'asc')).toEqual([
      '$1 million',
      '$665 million',
      '$1.3 billion',
      '$5 billion',
      '$10 billion',
      'undisclosed',
    ]);
    expect(sorted('deals', 'value', 'desc')).toEqual([
      '$10 billion',
      '$5 billion',
      '$1.3 billion',
      '$665 million',
      '$1 million',
      'undisclosed',
    ]);
  });

  it('by Date compares days, months and years as dates', () => {
    expect(sorted('deals', 'date', 'asc')).toEqual([
      '2023-11-20',
      '2024',
      '2024-02-29',
      '2024-05',
      '2024-12',
      '2025-01-02',
    ]);
  });
});

describe('every view', () => {
  const MONEY = /^[~<>]?\s*(about\s+)?[$€£]\s?\d[\d.,]*\s*(thousand|million|billion|trillion)?/i;
  const DAY = /^\d{4}-\d{2}(-\d{2})?$/;
  const bundled = bundledLandscape();
  const all = bundled.vendors.map((v) => v.id);
  it.each(VIEW_NAMES)('%s: a column holding amounts or days gives every cell a sort key', (name) => {
    const { table } = buildView(name, bundled, { vendors: all });
    table.columns.forEach((col, i) => {
      const cells = table.rows.map((r) => r.cells[i]).filter((c) => c !== undefined && c.text !== '');
      const typed = cells.filter((c) => MONEY.test(c?.text ?? '') || DAY.test(c?.text ?? ''));
      if (typed.length === 0) return;
      for (const c of cells) expect(c?.sort, `${name}.${col.id}: "${c?.text}"`).not.toBeUndefined();
    });
  });

  it('day keys order days, months and years; anything else is unknown', () => {
    expect(dayKey('2024')).toBeLessThan(dayKey('2024-02') as number);
    expect(dayKey('2024-02')).toBeLessThan(dayKey('2024-02-29') as number);
    expect(dayKey('soon')).toBeNull();
  });
});

describe('sorting the Scorecard', () => {
  const bundled = bundledLandscape();
  const all = bundled.vendors.map((v) => v.id);
  const p = project(buildView('scorecard', bundled, { vendors: all }).table, all, false);
  it.each(
    p.columns.flatMap((c) => [
      [c.id, 'asc'],
      [c.id, 'desc'],
    ]) as [string, 'asc' | 'desc'][],
  )('by %s (%s) keeps Overall the last row', (col, dir) => {
    const rows = filterAndSort(p, false, { col, dir }).rows;
    expect(rows.at(-1)?.id).toBe('overall');
  });
});

describe('a round whose investors no source names', () => {
  it('says "not named" in the Buyer column (dimmed) instead of a blank; CSV and JSON keep it empty', () => {
    const view = buildView('deals', land, { vendors });
    const row = view.table.rows.find((r) => r.id === 'd-5b');
    const buyer = row?.cells[view.table.columns.findIndex((c) => c.id === 'buyer')];
    expect(buyer).toEqual({ text: 'not named', dim: true });
    const json = (view.json as unknown as { rows: { id: string; buyer: string | null }[] }).rows.find(
      (r) => r.id === 'd-5b',
    );
    expect(json?.buyer).toBeNull();
  });
});
