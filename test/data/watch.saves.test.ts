/**
 * The dataset watcher across the ways editors and people change files: a save
 * that writes aside and renames over (sed -i, vim), a file deleted and made
 * again, a file added to a folder, and the folder removed and put back. Every
 * save reloads, not only the first.
 */
import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Reloaded, watchDataset } from '../../source/data/watch.js';
import { HANG_MS } from '../helpers/hang.js';
import { smallText, tempDir } from '../helpers/tmp.js';

const root = tempDir();
let seq = 0;

/** Waits until `ok` holds for the results (polling; the deadline only stops a hung run). */
function until(results: Reloaded[], ok: (r: Reloaded[]) => boolean, what: string): Promise<void> {
  const end = Date.now() + HANG_MS;
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (ok(results)) resolve();
      else if (Date.now() > end) reject(new Error(`timed out waiting for ${what} (${results.length} reloads)`));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

const firstVendor = (r: Reloaded | undefined) => (r?.ok ? r.dataset.vendors[0]?.name : undefined);
const named = (name: string) => smallText().replace('name: Alpha ML', `name: ${name}`);
const lastIs = (name: string) => (rs: Reloaded[]) => firstVendor(rs[rs.length - 1]) === name;
/** A save as sed -i and vim make it: write a new file beside, then rename it over the old one. */
function saveByRename(file: string, text: string): void {
  const aside = path.join(path.dirname(file), `.${path.basename(file)}.swp${++seq}`);
  writeFileSync(aside, text);
  renameSync(aside, file);
}
/** Lets the watcher see the dataset as it is before the next change (so a change is a change). */
const settle = () => new Promise((r) => setTimeout(r, 150));

describe.each([
  ['fs.watch', false],
  ['polling', true],
])('with %s', (mode, poll) => {
  const opts = { debounceMs: 30, pollMs: 50, poll };

  it('reloads every save that renames a new file over the old one', async () => {
    const dir = path.join(root, `rename-${mode}`);
    mkdirSync(dir);
    const file = path.join(dir, 'data.yaml');
    writeFileSync(file, smallText());
    const results: Reloaded[] = [];
    const w = watchDataset(file, (r) => results.push(r), opts);
    try {
      for (const name of ['One', 'Two', 'Three']) {
        await settle();
        saveByRename(file, named(name));
        await until(results, lastIs(name), `the save naming ${name}`);
      }
    } finally {
      w.close();
    }
  });

  it('reloads a file deleted and made again', async () => {
    const dir = path.join(root, `recreate-${mode}`);
    mkdirSync(dir);
    const file = path.join(dir, 'data.yaml');
    writeFileSync(file, smallText());
    const results: Reloaded[] = [];
    const w = watchDataset(file, (r) => results.push(r), opts);
    try {
      await settle();
      unlinkSync(file);
      await until(results, (rs) => rs.at(-1)?.ok === false, 'the missing file to be reported');
      writeFileSync(file, named('Back'));
      await until(results, lastIs('Back'), 'the file made again');
      await settle();
      saveByRename(file, named('Again'));
      await until(results, lastIs('Again'), 'a save after that');
    } finally {
      w.close();
    }
  });

  it('in a folder: reloads a save by rename, a file added, and the folder removed and put back', async () => {
    const folder = path.join(root, `folder-${mode}`);
    mkdirSync(folder);
    const file = path.join(folder, 'all.yaml');
    writeFileSync(file, smallText());
    const results: Reloaded[] = [];
    const w = watchDataset(folder, (r) => results.push(r), opts);
    try {
      await settle();
      saveByRename(file, named('Renamed'));
      await until(results, lastIs('Renamed'), 'the renamed save');
      await settle();
      saveByRename(file, named('Twice'));
      await until(results, lastIs('Twice'), 'the second renamed save');
      // A new file with a second copy of a vendor id: the folder no longer loads, so it was read.
      await settle();
      writeFileSync(path.join(folder, 'more.yaml'), smallText());
      await until(results, (rs) => rs.at(-1)?.ok === false, 'the added file to be read');
      await settle();
      unlinkSync(path.join(folder, 'more.yaml'));
      await until(results, lastIs('Twice'), 'the added file removed');
      await settle();
      rmSync(folder, { recursive: true });
      await until(results, (rs) => rs.at(-1)?.ok === false, 'the removed folder to be reported');
      await settle();
      mkdirSync(folder);
      writeFileSync(file, named('Restored'));
      await until(results, lastIs('Restored'), 'the folder put back');
      await settle();
      saveByRename(file, named('Later'));
      await until(results, lastIs('Later'), 'a save in the folder put back');
    } finally {
      w.close();
    }
  });
});

it('a watched file whose folder is removed reports it and picks up the folder put back', async () => {
  const dir = path.join(root, 'parent-gone');
  mkdirSync(dir);
  const file = path.join(dir, 'data.yaml');
  writeFileSync(file, smallText());
  const results: Reloaded[] = [];
  const w = watchDataset(file, (r) => results.push(r), { debounceMs: 30, pollMs: 50 });
  try {
    await settle();
    rmSync(dir, { recursive: true });
    await until(results, (rs) => rs.at(-1)?.ok === false, 'the removed folder to be reported');
    mkdirSync(dir);
    writeFileSync(file, named('Home'));
    await until(results, lastIs('Home'), 'the folder put back');
  } finally {
    w.close();
  }
  expect(results.at(-1)?.ok).toBe(true);
});
