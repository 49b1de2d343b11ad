/**
 * The validated cache: what a hit loads is what validation loads, byte for
 * byte once printed; an edit, a damaged entry or an unwritable directory only
 * costs a validation; nothing is ever written beside the data.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { CACHE_FORMAT, cacheDir, cacheKey, MAX_ENTRIES, readCache } from '../../source/data/cache.js';
import { loadDataset } from '../../source/data/load.js';
import { packCells, unpackCells } from '../../source/data/packCells.js';
import { readDatasetFiles } from '../../source/data/read.js';
import { ROOT, run } from '../helpers/bin.js';
import { FIXTURES, SMALL, smallText, tempDir, writeTemp } from '../helpers/tmp.js';

const tmp = tempDir();
let made = 0;
/** A fresh, empty directory under the test's temporary directory. */
const fresh = (name: string) => {
  const dir = path.join(tmp, `${name}-${made++}`);
  mkdirSync(dir);
  return dir;
};
/** Every name under `dir`, hidden files included, with sizes and modification times. */
const listing = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
    const s = statSync(path.join(e.parentPath, e.name));
    return `${path.relative(dir, path.join(e.parentPath, e.name))} ${s.size} ${s.mtimeMs}`;
  });
const entries = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.v8'));

/** A small JSON dataset (5 vendors × 200 features) and a folder dataset (the bundled one). */
const json = writeTemp(fresh('json'), 'gen.json', JSON.stringify(generate({ vendors: 5, features: 200, seed: 3 })));
const folder = path.join(fresh('folder'), 'landscape');
cpSync(path.join(ROOT, 'data', 'landscape'), folder, { recursive: true });

describe('a cache hit prints exactly what a miss prints', () => {
  const cases: [string, string, string[]][] = [
    ['small YAML', SMALL, ['--format', 'json']],
    ['small YAML, features as CSV', SMALL, ['--view', 'features', '--format', 'csv']],
    [
      'dated changes (cells kept whole)',
      path.join(FIXTURES, 'lifecycle.yaml'),
      ['--view', 'features', '--format', 'json'],
    ],
    ['generated JSON', json, ['--format', 'json']],
    ['generated JSON, features as CSV', json, ['--view', 'features', '--format', 'csv']],
    ['generated JSON, compute as JSON', json, ['--view', 'compute', '--format', 'json']],
    ['a folder', folder, ['--view', 'features', '--format', 'json']],
    ['a folder, sources as CSV', folder, ['--view', 'sources', '--format', 'csv']],
  ];
  it.each(cases)('%s', (_, data, args) => {
    const cache = fresh('cache');
    const miss = run(['--data', data, ...args], { TRAINSCAPE_CACHE_DIR: cache });
    expect(miss.code, miss.stderr).toBe(0);
    expect(entries(cache)).toHaveLength(1);
    const hit = run(['--data', data, ...args], { TRAINSCAPE_CACHE_DIR: cache });
    expect(hit.stdout).toBe(miss.stdout);
    expect(hit.stderr).toBe(miss.stderr);
    const off = run(['--data', data, ...args], { TRAINSCAPE_CACHE: '0' });
    expect(off.stdout).toBe(miss.stdout);
  });

  it('loads the same dataset and the same warnings, named from where it runs now', () => {
    const dir = fresh('warned');
    const data = writeTemp(
      dir,
      'warned.yaml',
      smallText().replace(
        'sources:\n',
        'sources:\n  - {id: never-cited, title: Unused, url: "https://x.example/", publisher: X, accessed: 2026-01-01}\n',
      ),
    );
    const cache = fresh('cache');
    const suite = process.env.TRAINSCAPE_CACHE_DIR;
    process.env.TRAINSCAPE_CACHE_DIR = cache;
    try {
      const miss = loadDataset(data, { cache: true });
      const hit = loadDataset(data, { cache: true });
      if (!miss.ok || !hit.ok) throw new Error('expected a valid dataset');
      expect(miss.loaded.warnings.map((w) => w.message)).toEqual(['source "never-cited" is not cited by any claim']);
      expect(hit.loaded).toEqual(miss.loaded);
      const read = readDatasetFiles(data);
      if (!read.ok) throw new Error('unreadable');
      expect(readCache(cache, cacheKey(read.files), read.files)?.warnings).toEqual(miss.loaded.warnings);
    } finally {
      process.env.TRAINSCAPE_CACHE_DIR = suite;
    }
  });
});

describe('what the cache never does', () => {
  it('writes nothing beside the data', () => {
    const dir = fresh('data');
    const data = writeTemp(dir, 'small.yaml', smallText());
    const copy = path.join(fresh('data'), 'landscape');
    cpSync(folder, copy, { recursive: true });
    const before = [listing(dir), listing(copy)];
    const cache = fresh('cache');
    for (const target of [data, copy]) {
      for (let i = 0; i < 2; i++)
        expect(run(['--data', target, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: cache }).code).toBe(0);
    }
    expect([listing(dir), listing(copy)]).toEqual(before);
    expect(entries(cache)).toHaveLength(2);
  });

  it('writes nothing with TRAINSCAPE_CACHE=0', () => {
    const cache = path.join(fresh('cache'), 'inner');
    const r = run(['--data', SMALL, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: cache, TRAINSCAPE_CACHE: '0' });
    expect(r.code).toBe(0);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('writes nothing for validate, which always validates in full', () => {
    const cache = fresh('cache');
    expect(run(['validate', SMALL], { TRAINSCAPE_CACHE_DIR: cache }).code).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('runs as usual when the cache cannot be written', () => {
    const blocker = writeTemp(fresh('ro'), 'a-file', 'not a directory');
    const r = run(['--data', SMALL, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: path.join(blocker, 'cache') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(run(['--data', SMALL, '--format', 'json'], { TRAINSCAPE_CACHE: '0' }).stdout);
  });
});

describe('an entry that does not match is not used', () => {
  it('an edited file is validated again, and its new content shown', () => {
    const dir = fresh('edit');
    const data = writeTemp(dir, 'small.yaml', smallText());
    const cache = fresh('cache');
    const first = run(['--data', data, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: cache });
    writeFileSync(data, smallText().replace('Alpha Corp', 'Alpha Renamed'));
    const second = run(['--data', data, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: cache });
    expect(first.stdout).not.toContain('Alpha Renamed');
    expect(second.stdout).toContain('Alpha Renamed');
    expect(entries(cache)).toHaveLength(2);
    // An edit that makes the data invalid is reported, never hidden by an older entry.
    writeFileSync(data, smallText().replace('status: ga', 'status: gaa'));
    const third = run(['--data', data, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: cache });
    expect(third.code).toBe(3);
    expect(third.stderr).toMatch(/small\.yaml:\d+:\d+: .*must be one of/);
  });

  it.each([
    ['garbage', () => Buffer.from('not an entry')],
    ['empty', () => Buffer.alloc(0)],
    ['truncated', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['one byte changed', (b: Buffer) => Buffer.concat([b.subarray(0, -1), Buffer.from([(b.at(-1) ?? 0) ^ 1])])],
  ])('a damaged entry (%s) is ignored and replaced', (_, damage) => {
    const cache = fresh('cache');
    const good = run(['--data', SMALL, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: cache });
    const [name] = entries(cache);
    if (!name) throw new Error('no entry written');
    const file = path.join(cache, name);
    const bytes = readFileSync(file);
    writeFileSync(file, damage(bytes));
    const again = run(['--data', SMALL, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: cache });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(good.stdout);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('the cache directory', () => {
  it('is private, and keeps only the most recently used entries', () => {
    const cache = path.join(fresh('cache'), 'trainscape');
    const dir = fresh('many');
    for (let i = 0; i <= MAX_ENTRIES; i++) {
      const data = writeTemp(dir, 'small.yaml', smallText().replace('Alpha Corp', `Alpha ${i}`));
      expect(run(['--data', data, '--format', 'json'], { TRAINSCAPE_CACHE_DIR: cache }).code).toBe(0);
    }
    const names = entries(cache);
    expect(names).toHaveLength(MAX_ENTRIES);
    expect(statSync(cache).mode & 0o077).toBe(0);
    for (const name of names) expect(statSync(path.join(cache, name)).mode & 0o077).toBe(0);
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('follows TRAINSCAPE_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(cacheDir({ TRAINSCAPE_CACHE_DIR: '/x/y', XDG_CACHE_HOME: '/c' })).toBe('/x/y');
    expect(cacheDir({ XDG_CACHE_HOME: '/c', HOME: '/h' })).toBe('/c/trainscape');
    // A relative XDG_CACHE_HOME is invalid by the specification and ignored.
    expect(cacheDir({ XDG_CACHE_HOME: 'rel' })).toMatch(/[\\/]\.cache[\\/]trainscape$/);
    expect(cacheDir({ TRAINSCAPE_CACHE: '0', TRAINSCAPE_CACHE_DIR: '/x/y' })).toBeUndefined();
    expect(CACHE_FORMAT).toBeGreaterThan(0);
  });
});

describe('packed cells', () => {
  it('unpack to the same cells, keys in the same order', () => {
    const result = loadDataset(path.join(FIXTURES, 'lifecycle.yaml'));
    if (!result.ok) throw new Error('fixture invalid');
    const { cells, compute } = result.loaded.dataset;
    for (const table of [cells, compute]) {
      const back = unpackCells(packCells(table));
      expect(JSON.stringify(back)).toBe(JSON.stringify(table));
      expect(back).toEqual(table);
    }
  });
});
