/** y and o hand the source's URL to the callbacks the dashboard is given, and the status line says what happened. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { type Effects, NO_EFFECTS } from '../../source/ui/effects.js';
import { appsUnmountedAfterEach, KEYS, untilFrame as until } from '../helpers/render.js';
import { FIXTURES } from '../helpers/tmp.js';

const open = appsUnmountedAfterEach();
const five = buildLandscape(loadOrThrow(path.join(FIXTURES, 'five.yaml')).dataset);

describe('source links', () => {
  it('y on a cell copies its first source; o in the pane opens the first one shown', async () => {
    const calls: string[] = [];
    const effects: Effects = {
      ...NO_EFFECTS,
      copy: (t) => {
        calls.push(`copy ${t}`);
        return `Copied ${t}`;
      },
      open: (u) => {
        calls.push(`open ${u}`);
        return `Opening ${u}`;
      },
    };
    const app = await open({ land: five, view: 'features', columns: 120, rows: 30, props: { effects } });
    await app.press('j', 'l', 'y');
    await until(app.frame, (f) => f.includes('Copied https://docs.example/'));
    await app.press(KEYS.enter, 'o');
    await until(app.frame, (f) => f.includes('Opening https://docs.example/'));
    expect(calls).toEqual(['copy https://docs.example/', 'open https://docs.example/']);
  });

  it('says so when there is no link under the cursor', async () => {
    const app = await open({ land: five, view: 'features', columns: 120, rows: 30 });
    await app.press('y');
    await until(app.frame, (f) => f.includes('No source link here'));
  });
});
