/**
 * CSV as a spreadsheet reads it: parsed back with csv-parse, hostile text
 * comes back as inert text (formula starters defused with a leading `'`),
 * numbers as plain numbers, and every record has as many fields as the header.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvValue, defuse, renderCsv } from '../../source/print/csv.js';
import type { Printable } from '../../source/print/types.js';
import { runMain } from '../cli/fakeIo.js';

const read = (csv: string): string[][] => parseCsv(csv, { record_delimiter: '\r\n', relax_column_count: false });

/** What a spreadsheet would run as a formula: a cell starting with = + - @ (after spaces) or a tab or CR. */
const FORMULA = /^\s*[=+\-@]|^[\t\r]/;

const HOSTILE = [
  '=HYPERLINK("https://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '  =cmd|" /C calc"!A0',
  'a "quoted", comma',
  'line one\nline two',
  '\u001b[31mred\u001b[0m',
  '=1\n=2',
  'plain text',
];

describe('CSV for spreadsheets', () => {
  it('defuses every formula starter and leaves other text alone', () => {
    for (const s of HOSTILE) {
      const out = csvField(s);
      if (FORMULA.test(s)) expect(out.startsWith("'"), s).toBe(true);
      expect(FORMULA.test(out), JSON.stringify(out)).toBe(false);
    }
    expect(csvField('plain text')).toBe('plain text');
    expect(defuse('-')).toBe("'-");
    expect(csvField('a "quoted", comma')).toBe('a "quoted", comma');
  });

  it('writes numbers as numbers and absent values as empty cells', () => {
    expect(csvValue(0.79)).toBe('0.79');
    expect(csvValue(-1.5)).toBe('-1.5');
    expect(csvValue(1_000_000_000)).toBe('1000000000');
    expect(csvValue(null)).toBe('');
    expect(csvValue(Number.NaN)).toBe('');
    expect(csvValue('=1')).toBe("'=1");
  });

  it('round-trips hostile strings through csv-parse: the same text, defused, one field each', () => {
    const p: Printable = {
      json: {},
      table: {
        title: 'hostile',
        frozen: 1,
        columns: [
          { id: 'text', title: '=Header' },
          { id: 'v', title: 'Vendor', status: true, vendor: 'v' },
        ],
        rows: HOSTILE.map((s, i) => ({
          id: `row-${i}`,
          cells: [{ text: s }, { text: 'GA', status: 'ga', cite: { note: s, sources: ['s'], evidence: 'primary' } }],
        })),
      },
      sources: [{ id: 's', title: 't', url: 'https://example.com/a?b=1', publisher: 'p', accessed: '2026-01-01' }],
    };
    const records = read(renderCsv(p));
    expect(records[0]).toEqual(['ID', "'=Header", 'Vendor', 'Vendor note', 'Vendor sources']);
    for (const [i, s] of HOSTILE.entries()) {
      const rec = records[i + 1] as string[];
      expect(rec).toHaveLength(5);
      expect(rec[1]).toBe(csvField(s));
      expect(rec[3]).toBe(rec[1]);
      expect(rec[4]).toBe('https://example.com/a?b=1');
      for (const field of rec) expect(FORMULA.test(field), JSON.stringify(field)).toBe(false);
    }
  });

  it('keeps numbers numeric in the records views give (deals: amount and currency)', () => {
    const p: Printable = {
      json: {},
      table: {
        title: 'deals',
        frozen: 1,
        columns: [{ id: 'x', title: 'X' }],
        rows: [
          {
            id: 'd1',
            cells: [{ text: '' }],
            csv: { Date: '2025-06', Amount: 1.3e9, Currency: 'USD', Note: '-10% =bad' },
          },
        ],
      },
    };
    expect(read(renderCsv(p))).toEqual([
      ['ID', 'Date', 'Amount', 'Currency', 'Note'],
      ['d1', '2025-06', '1300000000', 'USD', "'-10% =bad"],
    ]);
  });

  it('no field of any view of the hostile dataset starts a formula, in either layout', async () => {
    for (const args of [
      ['--view', 'features'],
      ['--view', 'features', '--layout', 'long'],
      ['--view', 'overview'],
      ['--view', 'deals'],
      ['--view', 'sources'],
      ['--view', 'changes'],
    ]) {
      const r = await runMain(['--data', 'test/fixtures/hostile.yaml', '--format', 'csv', ...args]);
      expect(r.code, r.stderr).toBe(0);
      const records = read(r.stdout);
      const width = records[0]?.length;
      for (const rec of records) {
        expect(rec).toHaveLength(width as number);
        for (const field of rec) expect(FORMULA.test(field), `${args.join(' ')}: ${JSON.stringify(field)}`).toBe(false);
      }
    }
  });
});
