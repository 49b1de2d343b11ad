/** The row-filter flags on the command line: what they keep, what they refuse, and the JSON they document. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runMain } from './fakeIo.js';

const SMALL = ['--data', 'test/fixtures/small.yaml'];
const json = async (...args: string[]) => {
  const r = await runMain([...SMALL, '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('row filters on the command line', () => {
  it('keep the rows the filters ask for, in every format', async () => {
    const out = await json('--view', 'features', '--only-differences');
    expect(out.rows.map((r: { id: string }) => r.id)).toEqual(['spot', 'endpoints']);
    expect(out.filter).toEqual({ differencesOnly: true, categories: [], statuses: [], search: '' });
    const table = await runMain([...SMALL, '--view', 'features', '--category', 'Serving', '--format', 'table']);
    expect(table.stdout).toMatch(/1 row/);
    const csv = await runMain([
      ...SMALL,
      '--view',
      'features',
      '--status',
      'GA',
      '--status',
      'preview',
      '--format',
      'csv',
    ]);
    expect(parseCsv(csv.stdout).map((r: string[]) => r[1])).toEqual(['ID', 'multi-node', 'endpoints']);
  });

  it('filtered JSON still matches its documented schema', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    for (const [view, args] of [
      ['features', ['--only-differences', '--search', 'spot']],
      ['compute', ['--status', 'none']],
      ['deals', ['--search', 'gamma']],
      ['overview', ['--search', 'alpha']],
      ['sources', ['--search', 'docs']],
      ['market', ['--search', 'x']],
    ] as [string, string[]][]) {
      const schema = JSON.parse(readFileSync(`docs/schemas/${view}.schema.json`, 'utf8'));
      const out = await json('--view', view, ...args);
      const ok = ajv.validate(schema, out);
      expect(ok, `${view}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it('refuse unknown values with a did-you-mean, and filters a view has nothing for', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--view', 'features', '--category', 'trainin'],
        /unknown category "trainin" for --category; did you mean "training"\?/,
      ],
      [['--view', 'features', '--status', 'previw'], /unknown status "previw" for --status; did you mean "preview"\?/],
      [['--view', 'features', '--status', 'nonsense'], /unknown status "nonsense"(?!.*did you mean)/],
      [['--view', 'scorecard', '--search', 'x'], /--search does not apply to the scorecard view/],
      [['--view', 'deals', '--only-differences'], /--only-differences does not apply to the deals view/],
      [
        ['--view', 'deals', '--format', 'csv', '--layout', 'long'],
        /--layout long is for CSV of the features and compute views/,
      ],
      [['--view', 'features', '--format', 'table', '--layout', 'long'], /--layout long is for CSV/],
    ];
    for (const [args, message] of cases) {
      const r = await runMain([...SMALL, ...(args.includes('--format') ? [] : ['--format', 'table']), ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
