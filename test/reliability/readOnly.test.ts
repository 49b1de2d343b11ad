/**
 * trainscape never modifies, creates or locks a data file it reads: the bytes,
 * size, mode, mtime and ctime of every data file, and the list of files beside
 * it, are the same before and after validate, every --format of every view,
 * diff, the dashboard and (when the build has it) --watch.
 */
import { copyFileSync, mkdirSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/bin.js';
import { FIXTURES, SMALL, tempDir } from '../helpers/tmp.js';
import { requireTmux, type Session, startSession } from '../helpers/tmux.js';
import { fingerprint } from './measure.js';

const dir = tempDir();
const file = path.join(dir, 'mine.yaml');
const next = path.join(dir, 'next.yaml');
const folder = path.join(dir, 'folder');
const inFolder = path.join(folder, 'data.yaml');
const all = [file, next, inFolder];

beforeAll(() => {
  copyFileSync(SMALL, file);
  copyFileSync(path.join(FIXTURES, 'small-next.yaml'), next);
  mkdirSync(folder);
  copyFileSync(SMALL, inFolder);
  // A day in the past: any write, even of the same bytes, would move mtime and ctime.
  const past = new Date(Date.now() - 86_400_000);
  for (const f of all) utimesSync(f, past, past);
});

const snapshot = () => all.map(fingerprint);

const sessions: Session[] = [];
afterAll(() => {
  for (const s of sessions.splice(0)) s.kill();
});

describe('data files are read, never written', () => {
  it('validate, every view in every format, and diff', () => {
    const before = snapshot();
    expect(run(['validate', file]).code).toBe(0);
    expect(run(['validate', folder]).code).toBe(0);
    for (const format of ['table', 'json', 'csv', 'markdown'])
      for (const view of ['overview', 'features', 'compute', 'deals', 'market', 'scorecard', 'sources'])
        expect(run(['--data', view === 'features' ? folder : file, '--view', view, '--format', format]).code).toBe(0);
    expect(run(['diff', file, next]).code).toBe(1);
    expect(run(['diff', folder, file, '--format', 'json']).code).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('the dashboard, and --watch when the build has it', async () => {
    requireTmux();
    const watch = run(['--help']).stdout.includes('--watch');
    const before = snapshot();
    const variants = [`--data ${file}`, `--data ${folder} --view features`];
    if (watch) variants.push(`--data ${file} --watch`, `--data ${folder} --watch`);
    await Promise.all(
      variants.map(async (args) => {
        const s = startSession(`node bin/trainscape.js ${args}`, 100, 30);
        sessions.push(s);
        await s.waitFor(/ · row/);
        // Each step waits for the frame it causes, so a loaded machine cannot merge keys (an Escape
        // read together with the next key is Alt+key, and `q` typed into the search box is text).
        s.keys('Tab', 'Enter');
        // Enter opens a cell's evidence, or folds the group when the cursor is on a group's header.
        await s.waitFor(/Evidence ·|\d+ folded/);
        s.keys('Escape');
        await s.waitForGone('Evidence ·');
        s.keys('Tab', '/');
        s.type('a');
        await s.waitFor(/\/a\b/);
        s.keys('Enter');
        await s.waitFor(/\/a \d+\/\d+|No match/);
        s.keys('q');
        await s.waitFor('EXITED:0');
      }),
    );
    expect(snapshot()).toEqual(before);
  });
});
