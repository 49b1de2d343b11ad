/** The new flags: --weights, --stale-after, TRAINSCAPE_TODAY and --watch, their output and their usage errors (exit 2). */
import { describe, expect, it } from 'vitest';
import { runMain } from './fakeIo.js';

const SMALL = ['--data', 'test/fixtures/small.yaml'];
const TODAY = { TRAINSCAPE_TODAY: '2027-01-12' };

describe('--weights', () => {
  it('weighs the scorecard in every format', async () => {
    const args = [...SMALL, '--view', 'scorecard', '--weights', 'training=3,serving=0'];
    const json = JSON.parse((await runMain([...args, '--format', 'json'])).stdout);
    expect(json.weights).toEqual({ training: 3, serving: 0 });
    expect(json.overall.find((o: { vendor: string }) => o.vendor === 'alpha').score).toBe(0.75);
    expect((await runMain([...args, '--format', 'csv'])).stdout).toMatch(/training,Training,3,0\.75,/);
    const md = (await runMain([...args, '--format', 'markdown'])).stdout;
    expect(md).toContain('| Training | 3 |');
    expect(md).toContain('### Quadrant');
    expect((await runMain([...args, '--format', 'table'])).stdout).toContain('Weights: Training ×3; excluded: Serving');
  });

  it('accepts category names case-insensitively, and repeats', async () => {
    const r = await runMain([
      ...SMALL,
      '--view',
      'scorecard',
      '-f',
      'json',
      '--weights',
      'TRAINING=2',
      '--weights',
      'Serving=1.5',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).weights).toEqual({ training: 2, serving: 1.5 });
  });

  it.each([
    ['governance=2', '"governance" is not a category'],
    ['training=-1', 'training=-1 is not a number ≥ 0'],
    ['training=NaN', 'training=NaN is not a number ≥ 0'],
    ['training=lots', 'training=lots is not a number ≥ 0'],
    ['training', 'wants CATEGORY=NUMBER'],
  ])('--weights %s exits 2 with one short message listing the valid categories', async (spec, message) => {
    const r = await runMain([...SMALL, '--view', 'scorecard', '--weights', spec]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('valid categories: training, serving');
    expect(r.stderr.split('\n')[0]?.startsWith('trainscape: --weights')).toBe(true);
  });
});

describe('--stale-after and TRAINSCAPE_TODAY', () => {
  it('marks stale claims in the matrix, counts them per vendor and flags stale sources', async () => {
    const features = await runMain([...SMALL, '--view', 'features', '--format', 'table'], { env: TODAY });
    expect(features.stdout).toMatch(/Multi-node training\s+✓ GA†\s+✓ GA†/);
    expect(features.stdout).toContain('† stale: claim older than 12 months (today 2027-01-12)');
    const overview = JSON.parse((await runMain([...SMALL, '--view', 'overview', '-f', 'json'], { env: TODAY })).stdout);
    expect(overview.rows.map((r: { stale: unknown }) => r.stale)).toEqual([
      { feature: 3, compute: 1 },
      { feature: 1, compute: 1 },
    ]);
    const sources = JSON.parse((await runMain([...SMALL, '--view', 'sources', '-f', 'json'], { env: TODAY })).stdout);
    expect(sources.rows.filter((r: { stale: boolean }) => r.stale).map((r: { id: string }) => r.id)).toEqual([
      'alpha-docs',
      'beta-docs',
    ]);
  });

  it('a longer threshold marks nothing', async () => {
    const r = await runMain([...SMALL, '--view', 'features', '--stale-after', '2y'], { env: TODAY });
    expect(r.stdout).not.toContain('†');
    for (const d of ['90d', '6w', '6m', '1y']) {
      expect((await runMain([...SMALL, '--view', 'overview', '--stale-after', d], { env: TODAY })).code).toBe(0);
    }
  });

  it.each(['soon', '0d', '-3m', '1.5y', '12'])('--stale-after %s exits 2', async (value) => {
    const r = await runMain([...SMALL, '--view', 'features', `--stale-after=${value}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stale-after wants an age like 90d, 6w, 6m or 1y');
  });

  it('a malformed TRAINSCAPE_TODAY exits 2', async () => {
    const r = await runMain([...SMALL, '--view', 'features'], { env: { TRAINSCAPE_TODAY: '2027-02-30' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('TRAINSCAPE_TODAY must be a date written YYYY-MM-DD');
  });
});

describe('--watch', () => {
  it('is a usage error with --format or when output is printed', async () => {
    for (const args of [['--watch', '--format', 'json'], ['--watch']]) {
      const r = await runMain([...SMALL, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--watch works only in the dashboard');
    }
  });
});
