/**
 * --watch in a real terminal (tmux, the built program) on a temporary folder
 * dataset: every save reloads, also saves that write aside and rename over
 * (sed -i does), and the folder removed shows a banner, wrapped at 80 columns,
 * over the last good data until the folder is put back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { smallText, tempDir } from '../helpers/tmp.js';
import { trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();

it('reloads every sed -i save of a folder dataset; a removed folder shows a wrapped banner and keeps the data', async () => {
  const folder = path.join(tempDir(), 'my-landscape');
  mkdirSync(folder);
  const file = path.join(folder, 'all.yaml');
  writeFileSync(file, smallText());
  const s = start(`--data ${folder} --watch`, 80, 24);
  await s.waitFor('Alpha ML');
  for (const name of ['Alpha One', 'Alpha Two', 'Alpha Three']) {
    execFileSync('sed', ['-i', `s/^\\(    name: \\)Alpha.*/\\1${name}/`, file]);
    await s.waitFor(name);
  }
  rmSync(folder, { recursive: true });
  const gone = await s.waitFor('Reload failed');
  expect(gone).toContain('Alpha Three');
  // The banner takes its lines from the body: the notes under the table still show, nothing is overdrawn.
  expect(gone).toContain('Feature counts are out of 3 features');
  // The whole message shows, wrapped over lines that all fit the width.
  const banner = gone.slice(gone.indexOf('Reload failed')).split('\n');
  expect(banner.slice(0, 2).join(' ').replace(/\s+/g, ' ')).toContain(path.basename(folder));
  for (const line of gone.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  mkdirSync(folder);
  writeFileSync(file, smallText().replace('name: Alpha ML', 'name: Alpha Back'));
  await s.waitFor('Alpha Back');
  await s.waitForGone('Reload failed');
  s.keys('q');
  await s.waitFor('EXITED:0');
});
