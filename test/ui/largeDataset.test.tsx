/**
 * The dashboard on a large user dataset (50 vendors × 5,000 features): every
 * key draws a frame, and every frame holds only what fits the terminal (rows
 * and vendor columns are windowed). This asserts no timing: `npm run bench`
 * measures key latency on the built program (docs/performance.md).
 */
import { describe, expect, it } from 'vitest';
import { bigLandscape } from '../helpers/bigLandscape.js';
import { expectFits, KEYS, renderApp } from '../helpers/render.js';

/** Presses a key and waits until the app has drawn what it asks for; false if it drew nothing. */
async function pressForFrame(app: Awaited<ReturnType<typeof renderApp>>, key: string): Promise<boolean> {
  const before = app.frames.length;
  await app.press(key);
  return app.frames.length > before;
}

describe('the dashboard at 50 vendors × 5,000 features', () => {
  it('answers every key with a frame that fits 120×40', async () => {
    const land = bigLandscape(50, 5000);
    const app = await renderApp({ land, view: 'features', columns: 120, rows: 40 });
    await app.settled();
    expect(app.frame()).toContain('Feature number 0');
    const keys = [
      ...Array(10).fill('j'),
      ...Array(5).fill('l'),
      KEYS.pgdn,
      KEYS.ctrl('d'),
      'G',
      'g',
      ...Array(5).fill(KEYS.right),
      'z',
      'z',
      's',
      'j',
      'd',
      'd',
      '/',
      '9',
      '9',
      KEYS.enter,
      'n',
      'N',
      KEYS.esc,
      KEYS.enter,
      KEYS.esc,
    ];
    const silent: string[] = [];
    for (const k of keys) {
      // `z` on a feature row (not a category header) and a repeated toggle may change nothing.
      if (!(await pressForFrame(app, k)) && !['z', 'N', 'n'].includes(k)) silent.push(JSON.stringify(k));
      expectFits(app.lines(), 120, 40);
    }
    expect(silent).toEqual([]);
    await pressForFrame(app, 'G');
    expect(app.frame()).toContain('Feature number 4999');
    expect(app.frame()).not.toContain('Feature number 0 ');
    app.unmount();
  });
});
