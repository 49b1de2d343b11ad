/** The Overview at a glance: the vendor table, then short panels that each say which key opens more. */
import { describe, expect, it } from 'vitest';
import { uiTheme } from '../../source/ui/uiTheme.js';
import { panelGrid } from '../../source/ui/views/overview/overviewPanels.js';
import { appsUnmountedAfterEach, expectFits } from '../helpers/render.js';

const open = appsUnmountedAfterEach();

describe.each([
  [80, 24],
  [120, 40],
  [200, 50],
])('the Overview at %i×%i', (columns, rows) => {
  it('shows the vendors, the ranking with coverage, accelerators by maker, upcoming changes and the latest deals', async () => {
    const app = await open({ columns, rows, props: { freshness: undefined } });
    const f = app.frame();
    expect(f).toContain('Databricks Mosaic AI');
    expect(f).toMatch(/Ranking · score, known/);
    expect(f).toMatch(/1\. +\d+% +\d+\/106 /);
    expect(f).toMatch(/Accelerators by maker/);
    expect(f).toMatch(/NVIDIA \d+\/\d+/);
    expect(f).toMatch(/Upcoming changes \(\d+\)/);
    expect(f).toMatch(/Latest deals \(\d+\)/);
    for (const key of ['6 Scorecard', '3 Compute', '8 Changes', '4 Deals']) {
      expect(f).toContain(columns >= 120 ? `press ${key}` : `press ${key.split(' ')[0]}`);
    }
    expectFits(app.lines(), columns, rows);
    // The page is used: either every panel shows all it has, or few lines are left blank.
    const blank = app.lines().filter((l) => l.trim() === '').length;
    if (/\+\d+ · press/.test(f)) expect(blank).toBeLessThanOrEqual(rows >= 40 ? 8 : 4);
  });

  it('the accelerator column says GA, known and all', async () => {
    const app = await open({ columns, rows });
    if (columns >= 200) {
      expect(app.lines()[1]).toContain('Accel. GA/known/all');
      expect(app.frame()).toMatch(/\b\d+\/\d+\/23\b/);
    }
  });
});

describe('panelGrid', () => {
  const theme = uiTheme(0);
  const panel = (n: number) => ({
    title: 'T',
    more: 'deals' as const,
    lines: Array.from({ length: n }, (_, i) => ({ text: `l${i}` })),
  });

  it('fits in the height it is given; the tallest panel gives way and says how many more', () => {
    const out = panelGrid([panel(2), panel(10), panel(1), panel(1)], 100, 10, theme);
    expect(out.length).toBeLessThanOrEqual(10);
    const text = out.map((l) => l.map((s) => s.text).join('')).join('\n');
    expect(text).toMatch(/\+\d+ · press 4 Deals|\+\d+ · press 4/);
  });

  it('draws nothing when there is no room', () => {
    expect(panelGrid([panel(2)], 100, 2, theme)).toEqual([]);
  });
});
