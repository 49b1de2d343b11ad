/** --require, --min-coverage and --profile: their output in every format, their usage errors (exit 2), and overrides. */
import { describe, expect, it } from 'vitest';
import { tempDir, writeTemp } from '../helpers/tmp.js';
import { runMain } from './fakeIo.js';

const FIVE = ['--data', 'test/fixtures/five.yaml', '--view', 'scorecard'];

interface Entry {
  rank: number | null;
  vendor: string;
  score: number | null;
  coverage: number;
  range: { low: number; high: number } | null;
  ranked: boolean;
  tiedWith: string[];
}

const json = async (args: string[]) => {
  const r = await runMain([...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { ranking: Entry[]; shortlist?: unknown[]; minCoverage: number; weights: object };
};

describe('the ranking contract', () => {
  it('gives every ranking entry rank, vendor, score, coverage, range, ranked and tiedWith', async () => {
    const out = await json(FIVE);
    expect(out.ranking.map((e) => Object.keys(e))).toEqual(
      out.ranking.map(() => ['rank', 'vendor', 'score', 'coverage', 'range', 'ranked', 'tiedWith']),
    );
    expect(out.ranking.find((e) => e.vendor === 'sparse')).toMatchObject({ rank: null, ranked: false, tiedWith: [] });
    expect(out.ranking[0]?.vendor).toBe('beta');
    expect(out.ranking[1]).toMatchObject({ vendor: 'gamma', rank: 2, tiedWith: ['beta'] });
    expect(out.shortlist).toBeUndefined();
  });

  it('--min-coverage 5 lets the sparse vendor in (and first: it scores 100% on the one cell known)', async () => {
    const out = await json([...FIVE, '--min-coverage', '5']);
    expect(out.minCoverage).toBe(0.05);
    expect(out.ranking[0]).toMatchObject({ vendor: 'sparse', rank: 1, ranked: true });
  });

  it.each(['abc', '101', '-5'])('--min-coverage %s is a usage error', async (bad) => {
    const r = await runMain([...FIVE, '--min-coverage', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--min-coverage wants a percentage from 0 to 100; got "${bad}"`);
  });
});

describe('--require', () => {
  it('eliminates in every format: shortlist in JSON, a Must-haves row in CSV and Markdown', async () => {
    const out = await json([...FIVE, '--require', 'gpu-x']);
    expect(out.shortlist).toContainEqual({ vendor: 'gamma', eliminated: true, missing: ['gpu-x'], preview: [] });
    expect(out.shortlist).toContainEqual({ vendor: 'beta', eliminated: false, missing: [], preview: ['gpu-x'] });
    expect(out.ranking.find((e) => e.vendor === 'gamma')).toMatchObject({ ranked: false, rank: null });
    const csv = (await runMain([...FIVE, '--require', 'gpu-x', '--format', 'csv'])).stdout;
    // Five columns per vendor (score, low, high, coverage, unknown): the verdict sits in the score column.
    expect(csv).toContain('must-haves,Must-haves,,ok,,,,,ok (preview: gpu-x),,,,,out: gpu-x,,,,,ok,,,,,out: gpu-x,,,,');
    const md = (await runMain([...FIVE, '--require', 'gpu-x', '--format', 'markdown'])).stdout;
    expect(md).toContain('| Rank | Vendor | Score | Low | High | Coverage | Tied with | Must-haves |');
  });

  it('takes features and accelerators, repeated or comma-separated', async () => {
    const out = await json([...FIVE, '--require', 'gpu-x,lineage', '--require', 'endpoints']);
    expect(out.shortlist).toContainEqual({
      vendor: 'alpha',
      eliminated: true,
      missing: ['lineage'],
      preview: [],
    });
  });

  it('an unknown id exits 2, naming it with the closest', async () => {
    const r = await runMain([...FIVE, '--require', 'gpu-y']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--require: unknown feature or accelerator "gpu-y"; did you mean "gpu-x"?');
  });

  it('marks eliminated vendors in the overview', async () => {
    const r = await runMain(['--data', 'test/fixtures/five.yaml', '--require', 'gpu-x', '--format', 'json']);
    const rows = JSON.parse(r.stdout).rows as { id: string; mustHaves?: { eliminated: boolean } }[];
    expect(rows.find((x) => x.id === 'gamma')?.mustHaves).toEqual({
      eliminated: true,
      missing: ['gpu-x'],
      preview: [],
    });
  });
});

describe('--profile', () => {
  const dir = tempDir();

  it('holds vendors, weights, require, staleAfter and minCoverage', async () => {
    const file = writeTemp(
      dir,
      'decision.yaml',
      'vendors: [alpha, beta, sparse]\nweights: {serving: 4}\nrequire: gpu-x\nstaleAfter: 6m\nminCoverage: 5\n',
    );
    const out = await json([...FIVE, '--profile', file]);
    expect(out.ranking.map((e) => e.vendor).sort()).toEqual(['alpha', 'beta', 'sparse']);
    expect(out.weights).toMatchObject({ serving: 4 });
    expect(out.minCoverage).toBe(0.05);
    expect(out.shortlist).toHaveLength(3);
  });

  it('flags given on the command line override it', async () => {
    const file = writeTemp(dir, 'override.yaml', 'vendors: [alpha]\nweights: {serving: 4}\nminCoverage: 5\n');
    const out = await json([
      ...FIVE,
      '--profile',
      file,
      '--vendor',
      'beta,gamma',
      '--weights',
      'ops=2',
      '--min-coverage',
      '90',
    ]);
    expect(out.ranking.map((e) => e.vendor)).toEqual(['beta', 'gamma']);
    expect(out.weights).toEqual({ training: 1, serving: 1, ops: 2 });
    expect(out.minCoverage).toBe(0.9);
  });

  it('reports every problem at file:line:column and exits 2', async () => {
    const file = writeTemp(
      dir,
      'bad.yaml',
      'vendors: [alpha, bta]\nweights:\n  servng: 2\nrequire: [gpu-y]\nstaleAfter: soon\n',
    );
    const r = await runMain([...FIVE, '--profile', file]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(lines.find((l) => l.includes('vendors[1]'))).toMatch(
      /bad\.yaml:1:18: vendors\[1\]: unknown vendor "bta"; did you mean "beta"\?/,
    );
    expect(lines.find((l) => l.includes('servng'))).toMatch(
      /bad\.yaml:3:3: weights\.servng: "servng" is not a category/,
    );
    expect(lines.find((l) => l.includes('gpu-y'))).toMatch(
      /bad\.yaml:4:11: require\[0\]: unknown feature or accelerator "gpu-y"/,
    );
    expect(lines.find((l) => l.includes('staleAfter'))).toMatch(/bad\.yaml:5:13: staleAfter: /);
    expect(r.stderr).toContain('trainscape: the profile is not valid');
  });

  it('an unknown field or a wrong type is located like a dataset problem', async () => {
    const file = writeTemp(dir, 'typo.yaml', 'weigths: {serving: 2}\nminCoverage: lots\n');
    const r = await runMain([...FIVE, '--profile', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/typo\.yaml:1:1: weigths: unknown field "weigths"/);
    expect(r.stderr).toMatch(/typo\.yaml:2:14: minCoverage: must be a number/);
  });

  it('a profile that does not exist is a usage error', async () => {
    const r = await runMain([...FIVE, '--profile', `${dir}/nope.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or folder');
  });
});
