/** `!` in Features makes the row a must-have; the Scorecard and Overview then eliminate vendors lacking it. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { appsUnmountedAfterEach, KEYS, untilFrame as until } from '../helpers/render.js';
import { FIXTURES } from '../helpers/tmp.js';

const open = appsUnmountedAfterEach();
const five = buildLandscape(loadOrThrow(path.join(FIXTURES, 'five.yaml')).dataset);

describe('must-haves on screen', () => {
  it('! on a Features row eliminates the vendors lacking it in the Scorecard and Overview', async () => {
    const app = await open({ land: five, view: 'features', columns: 200, rows: 50 });
    await app.press('/', ...'Registry', KEYS.enter, '!');
    await until(app.frame, (f) => f.includes('registry is a must-have'));
    await app.press('6');
    const score = await until(app.frame, (f) => f.includes('Ranking '));
    expect(score).toMatch(/Must-haves\s+out: registry\s+ok\s+ok\s+out: registry/);
    expect(score).toMatch(/^Ranking 1\. beta .* not ranked: alpha, delta/m);
    await app.press('1');
    const overview = await until(app.frame, (f) => f.includes('Must-haves'));
    expect(overview).toMatch(/out: registry/);
  });

  it('--require reaches the Scorecard, and ! again takes it back', async () => {
    const app = await open({ land: five, view: 'scorecard', columns: 200, rows: 50, props: { require: ['registry'] } });
    expect(await until(app.frame, (f) => f.includes('Ranking '))).toMatch(/Rank\s+not ranked\s+1/);
    await app.press('2', '/', ...'Registry', KEYS.enter, '!', '6');
    const f = await until(app.frame, (x) => x.includes('Ranking '));
    expect(f).not.toContain('Must-haves');
    expect(f).toMatch(/^Ranking .*3\. alpha/m);
  });
});
