/** The market chart: a scale per metric, bounds drawn open, estimates and projections by fill, derived figures marked. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../source/data/schema.js';
import { buildLandscape } from '../../../source/model/landscape.js';
import { uiTheme } from '../../../source/ui/uiTheme.js';
import { legendSegs, marketLines } from '../../../source/ui/views/market/marketLines.js';
import { buildMarket } from '../../../source/views/market.js';
import { landOf } from '../../helpers/landOf.js';

const base = landOf([['ga']], 1).dataset;
const fig = (
  id: string,
  metric: string,
  year: number,
  kind: 'actual' | 'estimate' | 'projection',
  amount: number,
  extra = {},
) => ({
  id,
  metric,
  year,
  kind,
  value: { amount, currency: 'USD', text: `$${amount}`, ...extra },
  attribution: 'Test',
  sources: [],
});
const land = buildLandscape({
  ...base,
  market: [
    fig('a-2024', 'Spend', 2024, 'actual', 10e9),
    fig('b-2028', 'Market size', 2028, 'projection', 100e9, { comparator: '>' }),
    fig('a-2027', 'Spend', 2027, 'projection', 20e9, { comparator: '>', text: 'double (derived: > $20 billion)' }),
    fig('b-2024', 'Market size', 2024, 'estimate', 50e9, { comparator: '<' }),
  ],
  trends: [],
} as Dataset);

const draw = (width: number) => {
  const rows = buildMarket(land, { vendors: [] }).table.rows;
  return marketLines({
    land,
    rows,
    nav: { row: -1, col: 0, top: 0, left: 0 } as never,
    width,
    height: 20,
    matches: new Set(),
    theme: uiTheme(0),
    ascii: false,
  }).map((segs) => segs.map((s) => s.text).join(''));
};

/** The bar lines, one a figure, in order. */
const barLines = (lines: readonly string[]) => lines.filter((l) => /^ {4}[█▓░]/.test(l));

describe('the market chart', () => {
  it('groups the figures by metric, then year', () => {
    expect(buildMarket(land, { vendors: [] }).table.rows.map((r) => r.id)).toEqual([
      'a-2024',
      'a-2027',
      'b-2024',
      'b-2028',
    ]);
  });

  it('gives each metric its own scale: its largest figure fills the bar', () => {
    const bars = barLines(draw(100));
    const bar = (i: number) => (bars[i]?.match(/[█▓░]+/)?.[0] ?? '').length;
    const end = (i: number) => (bars[i]?.match(/[▸◂]┄?/)?.[0] ?? '').length;
    // Spend: $10B actual is half of the $20B bound; Market size: the $50B estimate is half of the $100B bound.
    expect(bar(1) + end(1)).toBe(bar(3) + end(3));
    expect(Math.abs(bar(0) * 2 - (bar(1) + end(1)))).toBeLessThanOrEqual(2);
    expect(Math.abs((bar(2) + end(2)) * 2 - (bar(3) + end(3)))).toBeLessThanOrEqual(2);
  });

  it('draws bounds with an open end, kinds by fill, and says derived', () => {
    const lines = draw(100);
    const bars = barLines(lines);
    expect(bars[0]).toMatch(/^ {4}█+ \$10\.0B/);
    expect(bars[1]).toMatch(/^ {4}░+▸┄ >\$20\.0B \(derived\)/);
    expect(lines.join('\n')).toContain('2027 projection · derived');
    expect(bars[2]).toMatch(/^ {4}▓+◂ <\$50\.0B/);
    const legend = legendSegs(uiTheme(0), false)
      .map((s) => s.text)
      .join('');
    for (const word of ['█ actual', '▓ estimate', '░ projection', '▸┄ more than', '◂ less than', 'derived'])
      expect(legend).toContain(word);
  });

  it('cuts nothing: a long metric and a reported text that does not fit beside the bar wrap under it', () => {
    const lines = draw(40);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).not.toContain('…');
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('double (derived: > $20 billion)');
  });

  it('says bound and derived in JSON and in the Kind column', () => {
    const v = buildMarket(land, { vendors: [] });
    const rows = v.json.rows as { id: string; bound: string | null; derived: boolean }[];
    expect(rows.find((r) => r.id === 'a-2027')).toMatchObject({ bound: 'lower', derived: true });
    expect(rows.find((r) => r.id === 'b-2024')).toMatchObject({ bound: 'upper', derived: false });
    expect(v.table.rows.find((r) => r.id === 'a-2027')?.cells[2]?.text).toBe('projection, at least, derived');
  });
});
