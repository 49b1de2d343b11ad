/** Narrow terminals: names abbreviated, not dropped; sorted headers stay readable; trends can be selected and read. */
import { describe, expect, it } from 'vitest';
import { appsUnmountedAfterEach, expectFits, KEYS } from '../helpers/render.js';

const open = appsUnmountedAfterEach();

describe('at 80×24', () => {
  it('the tab bar names every view', async () => {
    const app = await open({ columns: 80, rows: 24 });
    const bar = app.lines()[0] ?? '';
    for (const name of ['1 Overview', '2 Feat', '3 Comp', '4 Deal', '5 Mark', '6 Scor', '7 Sour', '8 Chan'])
      expect(bar).toContain(name);
  });

  it('a sorted narrow column keeps its whole header, the arrow beside it', async () => {
    const app = await open({ columns: 80, rows: 24 });
    await app.press('l', 'l', 's');
    const header = app.lines()[1] ?? '';
    expect(header).toMatch(/↑ *GA\b/);
    expect(header).not.toContain('…↑');
    await app.press('s');
    expect(app.lines()[1]).toMatch(/↓ *GA\b/);
  });

  it('market trends are rows: the cursor reaches them, they wrap whole, Enter opens one', async () => {
    const app = await open({ columns: 80, rows: 24, view: 'market' });
    await app.press('G');
    const f = app.frame();
    expect(f).toContain('Trends (');
    expect(f).toMatch(/▸ \S/);
    expect(f).toContain('projection');
    expectFits(app.lines(), 80, 24);
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('Market trend');
    expect(app.frame()).toContain('Sources (');
  });
});
