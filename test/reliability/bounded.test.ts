/**
 * Unbounded work refused through the built program (issue 16, items 6-8 and
 * 12): what the YAML parser produces after aliases is capped, only regular
 * files are opened (without blocking) and every read is capped, a problem in a
 * large JSON file is located without the YAML parser, and a duplicate key in
 * JSON is an error as it is in YAML. Each runs with a 128 MiB heap cap.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { run } from '../helpers/bin.js';
import { smallText, tempDir, writeTemp } from '../helpers/tmp.js';
import { runMeasured } from './measure.js';

const dir = tempDir();

describe('bounded parsing', () => {
  it('one anchored list aliased by 1,000 entries is refused before it is built', async () => {
    const list = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(', ');
    const text = `dataset: {name: x, asOf: 2026-01-01}\nshared: &s [${list}]\ntrends:\n${'  - *s\n'.repeat(1000)}`;
    const file = writeTemp(dir, 'amplified.yaml', text);
    for (const args of [
      ['validate', file],
      ['--data', file, '--format', 'json'],
    ]) {
      const r = await runMeasured(args);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/expands too far through its aliases \(more than 1,500,000 values/);
      expect(r.stdout).toBe('');
    }
  });

  it('an alias to an undefined anchor is located and named, not called a bomb', () => {
    const file = writeTemp(dir, 'undefined-anchor.yaml', 'dataset: {name: x, asOf: 2026-01-01}\ntrends: *missing\n');
    const r = run(['validate', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/undefined-anchor\.yaml:\d+:\d+: the alias \*missing names no anchor &missing/);
    expect(r.stderr).not.toMatch(/expands too far/);
  });
});

describe('only regular files are read', () => {
  const folder = path.join(dir, 'special');
  mkdirSync(folder);
  writeTemp(folder, 'main.yaml', smallText());
  execFileSync('mkfifo', [path.join(folder, 'pipe.yaml')]);
  symlinkSync('/dev/zero', path.join(folder, 'zero.yaml'));

  it('a FIFO and a symlink to /dev/zero named *.yaml: refused at once, nothing hangs or grows', async () => {
    const r = await runMeasured(['validate', folder]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/pipe\.yaml: is not a regular file/);
    expect(r.stderr).toMatch(/zero\.yaml: is not a regular file/);
    expect(r.peakMiB).toBeLessThan(200);
  });
});

describe('JSON datasets', () => {
  it('a problem in a large JSON file is located without the YAML parser', async () => {
    const data = generate({ vendors: 20, features: 2000, seed: 3 }) as {
      cells: Record<string, Record<string, { sources: string[] }>>;
    };
    const last = data.cells['vendor-019'] as Record<string, { status: string; sources: string[] }>;
    last['feature-01999'] = { status: 'ga', sources: [] };
    const text = JSON.stringify(data, null, 1);
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    const file = writeTemp(dir, 'large.json', text);
    // The status line of the last "feature-01999" (vendor-019's).
    const line = text.split('\n').lastIndexOf('   "feature-01999": {') + 2;
    const r = await runMeasured(['validate', file]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(`large.json:${line}:`);
    expect(r.stderr).toContain('cells.vendor-019.feature-01999.status: status "ga" cites no source');
  });

  it('a duplicate key is an error, located', () => {
    const file = writeTemp(
      dir,
      'dup.json',
      '{\n "dataset": {"name": "x", "asOf": "2026-01-01"},\n "dataset": {"name": "y", "asOf": "2026-01-01"}\n}\n',
    );
    const r = run(['validate', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/dup\.json:3:2: duplicate key "dataset"; it first appears at line 2, column 2/);
  });
});
