/** Narrow terminals: names abbreviated, not dropped; sorted headers stay readable. */
import { describe, expect, it } from 'vitest';
import { appsUnmountedAfterEach, KEYS } from '../helpers/render.js';

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
});

describe('keys from VisiData, k9s, lazygit and less', () => {
  it('in the evidence pane l and h step to the neighbouring vendor without closing it', async () => {
    const app = await open({ columns: 120, rows: 30, view: 'features' });
    await app.press('j', 'l', KEYS.enter);
    expect(app.frame()).toContain('Vendor: Databricks Mosaic AI');
    await app.press('l');
    expect(app.frame()).toContain('Evidence · Managed notebooks');
    expect(app.frame()).toContain('Vendor: Gemini Enterprise Agent Platform');
    await app.press(KEYS.left);
    expect(app.frame()).toContain('Vendor: Databricks Mosaic AI');
    await app.press('h');
    expect(app.frame()).toContain('No vendor to the left');
    expect(app.frame()).toContain('h/l vendor');
  });

  it('f filters rows by status and says so in the status line; 0 and $ go to the first and last column', async () => {
    const app = await open({ columns: 120, rows: 30, view: 'features' });
    await app.press('f', 'f', 'f', 'f');
    expect(app.frame()).toMatch(/only ✗ None/);
    expect(app.frame()).toMatch(/row 1\/\d+ of 106/);
    await app.press('$');
    expect(app.frame()).toContain('col Azure Machine Learning');
    await app.press('0');
    expect(app.frame()).toContain('col Feature');
  });

  it('a search carries across views: n finds the matches of the view it is in', async () => {
    const app = await open({ columns: 120, rows: 30, view: 'features' });
    await app.press('/', ...'h100', KEYS.enter, '3', 'n');
    expect(app.frame()).toMatch(/\/h100 1\/\d/);
    expect(app.frame()).toMatch(/▸ +NVIDIA H100/);
  });
});
