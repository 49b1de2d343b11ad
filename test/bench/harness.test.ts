/**
 * Keeps the benchmark harness from rotting: runs it once on a tiny dataset and
 * checks that it measures every figure. It asserts no timing; `npm run bench` does the measuring.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { ROOT } from '../helpers/bin.js';
import { HANG_MS } from '../helpers/hang.js';
import { tempDir, writeTemp } from '../helpers/tmp.js';

describe('bench/run.mjs', () => {
  it('measures every figure on a tiny dataset', () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'tiny.json', JSON.stringify(generate({ vendors: 3, features: 40, sources: 30 })));
    const out = path.join(dir, 'result.json');
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--data', data, '--json', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: HANG_MS,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const metrics = [
      'baseline: the same node prints one line in a pty',
      'first frame, bundled data (120×40)',
      'first frame, bundled data, compile cache off',
      'first frame, 50×5,000 dataset',
      'key p95: cursor down (j)',
      'key p95: page down (PgDn)',
      'key p95: toggle differences-only (d)',
      'key p95: search keystroke (/ then a letter)',
      'key p95: Tab to the next view',
      'peak RSS, bundled data',
      'peak RSS, 50×5,000 dashboard, every view built (incl. keys)',
      '--format json, 50×5,000 (overview)',
      'peak RSS, --format json, 50×5,000',
      '--format json, 50×5,000, data cache off (validated in full)',
      'peak RSS, --format json, 50×5,000, data cache off',
      '--format csv, 50×5,000 (features)',
    ];
    for (const metric of metrics) expect(run.stdout).toContain(`| ${metric} |`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { rows: { metric: string; value: number }[] };
    for (const row of result.rows) {
      expect(Number.isFinite(row.value), `${row.metric} has a number`).toBe(true);
      expect(row.value, row.metric).toBeGreaterThan(0);
    }
  });
});
