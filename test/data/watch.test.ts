/** The dataset watcher: notices saves (fs.watch and the polling fallback), debounces, reloads, never writes, and closes. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Reloaded, watchDataset } from '../../source/data/watch.js';
import { HANG_MS } from '../helpers/hang.js';
import { smallText, tempDir, writeTemp } from '../helpers/tmp.js';

const dir = tempDir();

/** Waits for the `count`th reload (polling the results; the deadline only stops a hung run). */
function next(results: Reloaded[], count: number, timeoutMs = HANG_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (results.length >= count) resolve();
      else if (Date.now() > end) reject(new Error(`no reload after ${timeoutMs} ms (${results.length} so far)`));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

describe.each([
  ['fs.watch', false],
  ['polling', true],
])('watching a file (%s)', (_name, poll) => {
  it('reloads a valid save, reports an invalid one with file:line:column, and stops when closed', async () => {
    const file = writeTemp(dir, `data-${poll ? 'poll' : 'watch'}.yaml`, smallText());
    const results: Reloaded[] = [];
    const w = watchDataset(file, (r) => results.push(r), { debounceMs: 30, pollMs: 100, poll });
    expect(w.mode).toBe(poll ? 'poll' : 'watch');
    try {
      await new Promise((r) => setTimeout(r, 150));
      writeFileSync(file, smallText().replace('name: Alpha ML', 'name: Alpha ML Two'));
      await next(results, 1);
      const first = results[0];
      expect(first?.ok && first.dataset.vendors[0]?.name).toBe('Alpha ML Two');
      writeFileSync(file, smallText().replace('  - id: beta\n', '  - id: beta\n    bogus: [\n'));
      await next(results, 2);
      const bad = results[1];
      expect(bad?.ok).toBe(false);
      if (bad && !bad.ok) expect(bad.problems[0]?.line).toBeGreaterThan(0);
    } finally {
      w.close();
      w.close();
    }
    const seen = results.length;
    writeFileSync(file, smallText());
    await new Promise((r) => setTimeout(r, 300));
    expect(results.length).toBe(seen);
  });
});

it('debounces a burst of writes into one reload, and only reads the file', async () => {
  const file = writeTemp(dir, 'burst.yaml', smallText());
  const results: Reloaded[] = [];
  // A debounce far longer than five synchronous writes take, even on a machine too busy to run this process for a while.
  const w = watchDataset(file, (r) => results.push(r), { debounceMs: 1000 });
  try {
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 5; i++) writeFileSync(file, `${smallText()}\n# ${i}\n`);
    const mtime = statSync(file).mtimeMs;
    await next(results, 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(results).toHaveLength(1);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readFileSync(file, 'utf8')).toContain('# 4');
  } finally {
    w.close();
  }
});

it('watches a folder dataset recursively', async () => {
  const folder = path.join(dir, 'folder');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  const file = writeTemp(folder, 'all.yaml', smallText());
  const results: Reloaded[] = [];
  const w = watchDataset(folder, (r) => results.push(r), { debounceMs: 30 });
  try {
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(file, smallText().replace('name: Beta AI', 'name: Beta Two'));
    await next(results, 1);
    const r = results[0];
    expect(r?.ok && r.dataset.vendors[1]?.name).toBe('Beta Two');
  } finally {
    w.close();
  }
});
