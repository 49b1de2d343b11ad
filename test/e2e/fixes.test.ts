/**
 * The built program in a real terminal (tmux) for what a new user tripped
 * over: search finds folded rows, staleness marks the Compute matrix, every
 * view says how many columns are off-screen, long evidence URLs wrap whole and
 * stay linked, and a status-line message goes with the next key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { startSession, trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();
const dir = tempDir();
const FIVE = 'test/fixtures/five-columns.yaml';

describe('at 80×24', () => {
  it('Compute, Z, /H100: the search finds the folded row and unfolds its maker', async () => {
    const s = start('--view compute', 80, 24);
    await s.waitFor('Training accelerators · row 1/');
    s.keys('Z');
    await s.waitFor(/NVIDIA \(\d+ folded\)/);
    s.type('/H100');
    s.keys('Enter');
    const screen = await s.waitFor(/\/H100 1\/\d+/);
    expect(screen).toMatch(/▸ NVIDIA H100 /);
    expect(screen).toMatch(/Google \(\d+ folded\)/);
  });

  it('under TRAINSCAPE_TODAY=2028-01-01 the Compute matrix marks stale claims with †', async () => {
    const s = start('--view compute', 80, 24, { TRAINSCAPE_TODAY: '2028-01-01' });
    const screen = await s.waitFor('NVIDIA T4');
    expect(screen).toMatch(/NVIDIA T4\s+✓ GA†/);
  });

  it('the Overview says how many columns are off to the right, and then to the left', async () => {
    const s = start('', 80, 24);
    const first = await s.waitFor('Vendors at a glance');
    const header = first.split('\n')[1] ?? '';
    expect(header).toMatch(/ \d+▸$/);
    const right = Number(/(\d+)▸$/.exec(header)?.[1]);
    // The cursor walks right until the columns scroll.
    s.keys('Right', 'Right', 'Right', 'Right', 'Right', 'Right', 'Right');
    const after = await s.waitFor(/◂\d+/);
    expect((after.split('\n')[1] ?? '').trimEnd()).toMatch(/◂\d+( \d+▸)?$/);
    expect(right).toBeGreaterThan(0);
  });

  it('a fifth vendor that does not fit the Scorecard is counted', async () => {
    const s = start(`--data ${FIVE} --view scorecard`, 80, 24);
    const screen = await s.waitFor('Ranking');
    // Scorecard columns are wide enough for "100% (50–100)", so at 80 columns one or more vendors are off to the right.
    expect(screen.split('\n')[1]).toMatch(/[1-9]▸\s*$/);
  });

  it('a message goes with the next key, even one bound to nothing', async () => {
    const s = start('', 80, 24);
    await s.waitFor('Vendors at a glance');
    s.keys('z');
    await s.waitFor('No categories to fold');
    s.keys('x');
    await s.waitForGone('No categories to fold');
  });
});

it('a long evidence URL wraps whole at 80 columns, every piece linked to the whole URL', async () => {
  const raw = path.join(dir, 'url.log');
  const s = startSession(`script -qfec "node bin/trainscape.js --view sources" ${raw}`, 80, 24);
  await s.waitFor('Sources · row 1/');
  s.keys('j', 'j', 'j', 'j', 'j', 'Enter');
  const screen = await s.waitFor('Claims citing it');
  const url =
    'https://www.databricks.com/company/newsroom/press-releases/databricks-signs-definitive-agreement-acquire-mosaicml-leading-generative-ai-platform';
  const lines = screen.split('\n');
  const at = lines.findIndex((l) => l.startsWith('URL: '));
  const joined = lines
    .slice(at, at + 3)
    .map((l) => l.replace(/^URL: /, '').trim())
    .join('');
  expect(joined.startsWith(url), screen).toBe(true);
  s.keys('q');
  await s.waitFor('EXITED:0');
  s.kill();
  const bytes = readFileSync(raw, 'utf8');
  const links = [...bytes.matchAll(/\u001b\]8;;([^\u0007\u001b]*)(?:\u0007|\u001b\\)/g)].map((m) => m[1]);
  expect(links.filter((l) => l === url).length).toBeGreaterThanOrEqual(2);
  expect(links.filter((l) => l && url.startsWith(l) && l !== url)).toEqual([]);
});
