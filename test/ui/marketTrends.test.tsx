/** The Market view: trends are rows the cursor reaches and Enter opens, read whole; the legend wraps, never cut. */
import { describe, expect, it } from 'vitest';
import { visibleLine } from '../../source/text/visible.js';
import { appsUnmountedAfterEach, bundledLandscape, expectFits, KEYS } from '../helpers/render.js';

const open = appsUnmountedAfterEach();
const land = bundledLandscape();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each([
  [80, 24],
  [200, 50],
])('the Market view at %i×%i', (columns, rows) => {
  it('wraps the legend: every item is on screen whole', async () => {
    const app = await open({ columns, rows, view: 'market' });
    const f = app.frame();
    for (const item of [
      '█ actual',
      '▓ estimate',
      '░ projection',
      '▸┄ more than',
      '◂ less than',
      'derived: worked out by us',
    ])
      expect(f).toContain(item);
    expect(f).not.toMatch(/ours…|than…/);
    expectFits(app.lines(), columns, rows);
  });

  it('moves the cursor onto each trend, shows it whole, and Enter opens its evidence with its sources', async () => {
    const app = await open({ columns, rows, view: 'market' });
    await app.press('G');
    expect(app.frame()).toContain(`Trends (${land.dataset.trends.length})`);
    // Walk up through the trends: each, once under the cursor, is on screen word for word.
    for (const t of [...land.dataset.trends].reverse()) {
      expect(squash(app.lines().join(' '))).toContain(squash(visibleLine(t.text)));
      const at = app.lines().findIndex((l) => l.startsWith('▸ '));
      expect(squash(app.lines()[at] ?? '')).toContain(squash(visibleLine(t.text)).split(' ').slice(0, 3).join(' '));
      await app.press('k');
    }
    await app.press('G', KEYS.enter);
    const last = land.dataset.trends.at(-1);
    expect(app.frame()).toContain('Market trend');
    expect(app.frame()).toMatch(new RegExp(`Sources \\(${last?.sources.length}\\)`));
    expectFits(app.lines(), columns, rows);
  });

  it('draws only whole rows: a trend that would be cut at the bottom waits for the next page, and the rest are counted', async () => {
    const app = await open({ columns, rows, view: 'market' });
    const body = squash(app.lines().join(' '));
    const shown = land.dataset.trends.filter((t) =>
      body.includes(squash(visibleLine(t.text)).split(' ').slice(0, 4).join(' ')),
    );
    for (const t of shown) expect(body).toContain(squash(visibleLine(t.text)));
    const below = land.dataset.trends.length - shown.length;
    if (below > 0) expect(body).toContain(`↓ ${below} more below`);
  });

  it('keeps the trends under the figures when the figures are sorted', async () => {
    const app = await open({ columns, rows, view: 'market' });
    await app.press('s', 's');
    await app.press('g');
    expect(app.lines().find((l) => l.startsWith('▸ '))).toMatch(/^▸ \d{4} /);
  });
});
