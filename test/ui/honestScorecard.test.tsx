/**
 * The Scorecard with a fifth, sparse vendor (1 GA, every other cell Unknown)
 * at 80, 120 and 200 columns: it is listed as not ranked and never first, the
 * tie shows as `=` with its reason, and the frames fit. The frames are kept
 * as files beside this test (review them when they change).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { appsUnmountedAfterEach, expectFits, KEYS, untilFrame as until } from '../helpers/render.js';
import { FIXTURES } from '../helpers/tmp.js';

const open = appsUnmountedAfterEach();
const five = buildLandscape(loadOrThrow(path.join(FIXTURES, 'five.yaml')).dataset);

describe.each([
  [80, 24],
  [120, 40],
  [200, 50],
])('the Scorecard with a sparse fifth vendor at %i×%i', (columns, rows) => {
  it('does not rank the sparse vendor, marks the tie with =, explains both, and fits', async () => {
    const app = await open({ land: five, view: 'scorecard', columns, rows });
    const f = await until(app.frame, (x) => x.includes('Ranking '));
    const ranking = app.lines().find((l) => l.startsWith('Ranking ')) ?? '';
    // Ranges when they fit; at 80 columns they give way so that the vendors not ranked stay on the line.
    expect(ranking).toMatch(
      columns >= 120
        ? /^Ranking 1\. beta 92% \(83–94\) {2}=2\. gamma 89% \(81–89\)/
        : /^Ranking 1\. beta 92% {2}=2\. gamma 89%/,
    );
    expect(ranking).toContain('not ranked: sparse');
    expect(ranking.indexOf('sparse')).not.toBe(ranking.indexOf('1. ') + 3);
    const explain = app.lines()[app.lines().indexOf(ranking) + 1] ?? '';
    expect(explain).toContain('Training: no weight changes the leader (beta).');
    if (columns >= 200) {
      expect(explain).toContain('= gamma ties beta: ranges 81–89 and 83–94 overlap');
    }
    expect(f).toMatch(/Coverage\s+100%\s+90%\s+90%/);
    if (columns >= 120) expect(f).toMatch(/Rank\s+3\s+1 \(= gamma\)\s+=2 \(= beta\)\s+4\s+not ranked/);
    expectFits(app.lines(), columns, rows);
    await expect(`${app.frame()}\n`).toMatchFileSnapshot(`frames/scorecard-five-${columns}.txt`);
  });

  it('on the sparse vendor, the rank row says why it is not ranked', async () => {
    const app = await open({ land: five, view: 'scorecard', columns, rows });
    // Down to the Rank row (3 categories, Overall, Coverage, Rank), then across to the last vendor (column 7).
    await app.press('G');
    await until(app.frame, (x) => x.includes('row 6/6'));
    for (let i = 0; i < 6; i++) await app.press(KEYS.right);
    const f = await until(app.frame, (x) => x.includes('Rank · Sparse Compute'));
    expect(f).toContain('Rank · Sparse Compute: not ranked (too little known)');
  });
});

it('on a category, the explanation says at which weight the leader changes', async () => {
  const app = await open({ land: five, view: 'scorecard', columns: 200, rows: 50 });
  await app.press(KEYS.down);
  const f = await until(app.frame, (x) => x.includes('Serving: alpha leads'));
  expect(f).toContain('Serving: alpha leads from weight ≥ 3.17 (beta at weight 0–3.17).');
});
