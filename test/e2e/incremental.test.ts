/**
 * Ink's incremental rendering rewrites only the lines that changed, and only
 * from the first cell that changed. In a real terminal (tmux), a screen left
 * and come back to must read exactly as it did: after the evidence pane (which
 * Ink 6.8's incremental mode left garbled), the help overlay, a search, and a
 * round of Tab through every view.
 */
import { describe, expect, it } from 'vitest';
import { HANG_MS } from '../helpers/hang.js';
import { type Session, trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();

/** Polls until the screen reads `expected` (or the hang limit passes), then compares. */
async function expectScreen(s: Session, expected: string): Promise<void> {
  const end = Date.now() + HANG_MS;
  while (s.screen() !== expected && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  expect(s.screen()).toBe(expected);
}

/** The screen once two reads 100 ms apart agree (a frame may arrive in several writes). */
async function steady(s: Session): Promise<string> {
  let last = s.screen();
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const now = s.screen();
    if (now === last) return now;
    last = now;
  }
}

describe('incremental rendering in a real terminal', () => {
  it('the screen after closing an overlay or coming back is the screen before', async () => {
    const s = start('--view features', 100, 30);
    await s.waitFor('Feature matrix · row 1/');
    s.keys('j', 'j', 'l');
    await s.waitFor('col Databricks');
    const before = await steady(s);
    s.keys('Enter');
    await s.waitFor('Vendor: ');
    s.keys('Escape');
    await expectScreen(s, before);
    s.keys('?');
    await s.waitFor(/Keys|Help/);
    s.keys('Escape');
    await expectScreen(s, before);
    s.keys('/');
    s.type('zzzz-not-there');
    await s.waitFor('zzzz-not-there');
    s.keys('Escape');
    await expectScreen(s, before);
    for (let i = 0; i < 8; i++) s.keys('Tab');
    await expectScreen(s, before);
  });
});
