/**
 * Round trips: CSV read back with csv-parse, Markdown with marked's lexer, JSON
 * validated against docs/schemas/<view>.schema.json with ajv, on the small,
 * hostile and bundled datasets, with and without a vendor filter. (The diff
 * schema is checked in test/cli/diff.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { printableView, render } from '../../source/print/index.js';
import { makeTheme } from '../../source/theme.js';
import { buildView } from '../../source/views/index.js';
import { VIEW_NAMES } from '../../source/views/types.js';
import { runMain } from '../cli/fakeIo.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DATASETS: [string, string[]][] = [
  ['small', ['--data', 'test/fixtures/small.yaml']],
  ['small, one vendor', ['--data', 'test/fixtures/small.yaml', '--vendor', 'beta']],
  ['lifecycle', ['--data', 'test/fixtures/lifecycle.yaml']],
  ['hostile', ['--data', 'test/fixtures/hostile.yaml']],
  ['five, with a must-have', ['--data', 'test/fixtures/five.yaml', '--require', 'gpu-x,lineage']],
];

const ajv = new Ajv2020({ allErrors: true, strict: true });
const schema = (name: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'docs', 'schemas', `${name}.schema.json`), 'utf8'));
const validators = Object.fromEntries([...VIEW_NAMES, 'diff'].map((v) => [v, ajv.compile(schema(v))]));

const printed = new Map<string, Promise<string>>();

/** The program's output, run once per argument list (loading the bundled YAML from source is slow). */
function print(args: string[], view: string, format: string): Promise<string> {
  const all = [...args, '--view', view, '--format', format];
  const key = all.join('\0');
  let out = printed.get(key);
  if (!out) {
    out = runMain(all).then((r) => {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return r.stdout;
    });
    printed.set(key, out);
  }
  return out;
}

/** The table model behind a view, as JSON would not show it: rows and columns, via the CSV header count. */
async function tableShape(args: string[], view: string): Promise<{ rows: number; columns: number }> {
  const json = JSON.parse(await print(args, view, 'json'));
  const vendors = (json.vendors ?? []).length;
  const list = json.rows ?? json.events ?? [];
  // The scorecard: categories, then Overall, Coverage and Rank, and Must-haves when asked for.
  const rows = view === 'scorecard' ? list.length + 3 + (json.shortlist ? 1 : 0) : list.length;
  const mustHaves = json.rows?.some((r: { mustHaves?: unknown }) => r.mustHaves) ? 1 : 0;
  const fixed: Record<string, number> = {
    overview: 13 + mustHaves,
    features: 1 + vendors,
    compute: 1 + vendors,
    deals: 9,
    market: 5,
    changes: 7,
    scorecard: 2 + vendors,
    sources: 7,
  };
  return { rows, columns: fixed[view] ?? 0 };
}

describe.each(DATASETS)('round trips on %s', (_name, args) => {
  it.each(VIEW_NAMES)('%s JSON matches its schema', async (view) => {
    const json = JSON.parse(await print(args, view, 'json'));
    const validate = validators[view]!;
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    expect(json.view).toBe(view);
  });

  it.each(VIEW_NAMES)('%s CSV reads back: a header and one record per row', async (view) => {
    const text = await print(args, view, 'csv');
    const records: string[][] = parseCsv(text, { relax_column_count: false });
    const shape = await tableShape(args, view);
    expect(records).toHaveLength(shape.rows + 1);
    // Spreadsheet columns: typed records, or the matrix with each vendor's note and sources.
    const width = records[0]?.length ?? 0;
    expect(width).toBeGreaterThan(1);
    for (const r of records) expect(r).toHaveLength(width);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it.each(VIEW_NAMES)('%s Markdown parses to one table with every row and cell', async (view) => {
    const text = await print(args, view, 'markdown');
    const tokens = marked.lexer(text);
    const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
    // The scorecard is followed by its ranking and quadrant tables; every other view prints one table.
    expect(tables).toHaveLength(view === 'scorecard' ? 3 : 1);
    const table = tables[0]!;
    const shape = await tableShape(args, view);
    const grouped = ['features', 'compute'].includes(view) || (view === 'changes' && shape.rows > 0) ? 1 : 0;
    expect(table.header).toHaveLength(shape.columns + grouped);
    expect(table.rows).toHaveLength(shape.rows);
    for (const row of table.rows) expect(row).toHaveLength(shape.columns + grouped);
  });
});

describe('the bundled dataset', () => {
  // Loaded once and printed through the same view models and printers (loading its YAML per run is slow).
  const result = loadDataset();
  if (!result.ok) throw new Error('the bundled dataset does not load');
  const land = buildLandscape(result.loaded.dataset);
  const opts = { width: 100, theme: makeTheme(0), ascii: false };
  const filters = [land.vendors.map((v) => v.id), ['sagemaker', 'databricks']];

  it.each(VIEW_NAMES)('%s: JSON matches its schema, CSV and Markdown read back, all and two vendors', (view) => {
    for (const vendors of filters) {
      const p = printableView(buildView(view, land, { vendors }));
      const json = JSON.parse(render(p, 'json', opts));
      const validate = validators[view]!;
      expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
      const grouped = p.table.groups?.length ? 1 : 0;
      const records: string[][] = parseCsv(render(p, 'csv', opts));
      expect(records).toHaveLength(p.table.rows.length + 1);
      for (const r of records) expect(r).toHaveLength(records[0]?.length ?? 0);
      const table = marked.lexer(render(p, 'markdown', opts)).find((t): t is Tokens.Table => t.type === 'table')!;
      expect(table.rows).toHaveLength(p.table.rows.length);
      for (const row of table.rows) expect(row).toHaveLength(p.table.columns.length + grouped);
    }
  });
});

describe('what survives the round trip', () => {
  const HOSTILE = ['--data', 'test/fixtures/hostile.yaml'];

  it('JSON keeps the exact strings, control characters included, while escaping them in the text', async () => {
    const text = await print(HOSTILE, 'overview', 'json');
    const json = JSON.parse(text);
    // The fixture's vendor was renamed, so it reads "… (formerly …)" after its own name.
    expect(json.rows[0].name.startsWith('Alpha \u001b[31mRED\u001b[0m | ML (formerly ')).toBe(true);
    expect(json.rows[0].pricingUnit).toBe('per GPU-hour\u009b31m C1 CSI');
    expect(json.rows[0].openSource).toEqual(['lib\u202egnp.exe']);
    expect(text).toContain('\\u001b[31mRED');
    expect(text).toContain('\\u009b31m');
    expect(text).toContain('\\u202e');
    expect(text).toContain('\\udb40\\udc41');
  });

  it('CSV keeps pipes, quotes, commas and line breaks, and shows controls as escapes', async () => {
    const records: string[][] = parseCsv(await print(HOSTILE, 'overview', 'csv'));
    const header = records[0]!;
    const alpha = Object.fromEntries(header.map((h, i) => [h, records[1]![i]]));
    expect(alpha.Vendor?.startsWith('Alpha \\x1b[31mRED\\x1b[0m | ML (formerly ')).toBe(true);
    expect(alpha['Training products']).toBe('Train "quoted", with comma; second\r\nline');
    expect(alpha['Pricing unit']).toBe('per GPU-hour\\x9b31m C1 CSI');
    expect(alpha['Data-platform tie-in']).toBe('zero<U+200B>width<U+FEFF> and tag<U+E0041> chars');
  });

  it('Markdown cells keep their pipes and text, and markup stays text', async () => {
    const tokens = marked.lexer(await print(HOSTILE, 'features', 'markdown'));
    const table = tokens.find((t): t is Tokens.Table => t.type === 'table')!;
    expect(table.header[2]!.text.startsWith('Alpha \\\\x1b\\[31mRED\\\\x1b\\[0m | ML (formerly ')).toBe(true);
    const html = marked.parse(await print(HOSTILE, 'features', 'markdown'), { async: false });
    expect(html).toContain('Alpha \\x1b[31mRED\\x1b[0m | ML');
    expect(html).toContain('Spot | pipe \\| escaped pipe `code` $x$ ~strike~');
    expect(html).not.toContain('<a href="javascript');
    const tableHtml = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    expect(tableHtml).not.toMatch(/<script|<code>|<em>|<del>|<strong>|<a /);
    expect(html).toContain(
      '<a href="https://alpha.example/docs?a=1&amp;b=%3C2%3E">Alpha \\x1b[31mdocs\\x1b[0m ](javascript:x)</a>',
    );
    expect(html).toContain('Training &lt;U+2066&gt;isolate&lt;U+2069&gt; | [link](javascript:alert(1))');
  });
});
