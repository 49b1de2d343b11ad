/**
 * Golden files: every view in every format on the small fixture, and `diff`
 * over two fixtures in every format. Regenerate after an intended change with
 * `UPDATE_GOLDEN=1 npx vitest run test/golden`, and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../source/print/index.js';
import { VIEW_NAMES } from '../../source/views/types.js';
import { runMain } from '../cli/fakeIo.js';

const DIR = import.meta.dirname;
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXT = { table: 'txt', json: 'json', csv: 'csv', markdown: 'md' } as const;
const SMALL = 'test/fixtures/small.yaml';
/** A fixed "today" so freshness is the same every day: some fixture claims are past 12 months, some not. */
const GOLDEN_TODAY = { TRAINSCAPE_TODAY: '2027-01-12' };
const NEXT = 'test/fixtures/small-next.yaml';

function golden(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`wrote missing golden file ${name}; review it and run again`);
    return;
  }
  expect(actual, `${name} differs; if intended, run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(
    readFileSync(file, 'utf8'),
  );
}

describe('golden files: views × formats on the small fixture', () => {
  for (const view of VIEW_NAMES) {
    for (const format of FORMATS) {
      it(`${view} as ${format}`, async () => {
        const r = await runMain(['--data', SMALL, '--view', view, '--format', format, '--width', '80'], {
          env: GOLDEN_TODAY,
        });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        golden(`views/${view}.${EXT[format]}`, r.stdout);
      });
    }
  }

  it('features as a coloured table (FORCE_COLOR)', async () => {
    const r = await runMain(['--data', SMALL, '--view', 'features', '--width', '60'], { env: { FORCE_COLOR: '1', ...GOLDEN_TODAY } });
    golden('views/features.color.txt', r.stdout);
  });

  it('features as an ASCII table (TERM=dumb)', async () => {
    const r = await runMain(['--data', SMALL, '--view', 'features', '--width', '40'], { env: { TERM: 'dumb', ...GOLDEN_TODAY } });
    golden('views/features.ascii.txt', r.stdout);
  });
});

describe('golden files: honest scores on five vendors (a sparse one not ranked, a tie, must-haves)', () => {
  const FIVE = 'test/fixtures/five.yaml';
  for (const format of FORMATS) {
    it(`scorecard --require gpu-x as ${format}`, async () => {
      const args = ['--data', FIVE, '--view', 'scorecard', '--require', 'gpu-x', '--format', format, '--width', '100'];
      const r = await runMain(args, { env: GOLDEN_TODAY });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      golden(`honest/scorecard.${EXT[format]}`, r.stdout);
    });
  }
  for (const format of ['table', 'json'] as const) {
    it(`scorecard without must-haves as ${format}`, async () => {
      const args = ['--data', FIVE, '--view', 'scorecard', '--format', format, '--width', '100'];
      const r = await runMain(args, { env: GOLDEN_TODAY });
      expect(r.code).toBe(0);
      golden(`honest/scorecard-all.${EXT[format]}`, r.stdout);
    });
  }
  it('overview --require gpu-x as a table', async () => {
    const args = ['--data', FIVE, '--view', 'overview', '--require', 'gpu-x', '--width', '140'];
    const r = await runMain(args, { env: GOLDEN_TODAY });
    expect(r.code).toBe(0);
    golden('honest/overview.txt', r.stdout);
  });
});

describe('golden files: row filters, CSV layouts and the report', () => {
  const LIFECYCLE = 'test/fixtures/lifecycle.yaml';
  const LIFECYCLE_TODAY = { TRAINSCAPE_TODAY: '2026-11-26' };
  const FILTERED = ['--view', 'features', '--only-differences', '--category', 'training', '--width', '80'];
  for (const format of FORMATS) {
    it(`features, differences in one category, as ${format}`, async () => {
      const r = await runMain(['--data', SMALL, ...FILTERED, '--format', format], { env: GOLDEN_TODAY });
      expect(r.stderr).toBe('');
      golden(`filters/features-differences.${EXT[format]}`, r.stdout);
    });
  }
  const CASES: [string, string[]][] = [
    ['features-status-search.md', ['--view', 'features', '--status', 'preview,partial', '--search', 'e', '--format', 'markdown']],
    ['features-none.txt', ['--view', 'features', '--search', 'nothing matches this', '--format', 'table']],
    ['features-long.csv', ['--view', 'features', '--format', 'csv', '--layout', 'long']],
    ['compute-long.csv', ['--view', 'compute', '--format', 'csv', '--layout', 'long']],
  ];
  for (const [name, args] of CASES) {
    it(name, async () => {
      const r = await runMain(['--data', SMALL, ...args], { env: GOLDEN_TODAY });
      expect(r.stderr).toBe('');
      golden(`filters/${name}`, r.stdout);
    });
  }
  it('changes with a status filter, as markdown', async () => {
    const r = await runMain(['--data', LIFECYCLE, '--view', 'changes', '--status', 'none', '--format', 'markdown'], {
      env: LIFECYCLE_TODAY,
    });
    expect(r.stderr).toBe('');
    golden('filters/changes-none.md', r.stdout);
  });
  for (const [name, args] of [
    ['report.md', []],
    ['report-weights.md', ['--weights', 'serving=0', '--vendor', 'beta,alpha']],
    ['report.html', ['--format', 'html']],
  ] as [string, string[]][]) {
    it(`report: ${name}`, async () => {
      const r = await runMain(['report', '--data', LIFECYCLE, ...args], { env: LIFECYCLE_TODAY });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      golden(`report/${name}`, r.stdout);
    });
  }
});

describe('golden files: diff × formats', () => {
  for (const format of FORMATS) {
    it(`diff as ${format}`, async () => {
      const r = await runMain(['diff', SMALL, NEXT, '--format', format, '--width', '100'], { env: GOLDEN_TODAY });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      golden(`diff/diff.${EXT[format]}`, r.stdout);
    });
  }
});
