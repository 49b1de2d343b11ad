/** A message in the status line lasts until the next key, whatever that key is. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { BANNER_MAX_LINES, bannerLines } from '../../source/ui/chromeLines.js';
import { appsUnmountedAfterEach } from '../helpers/render.js';
import { SMALL } from '../helpers/tmp.js';

const small = buildLandscape(loadOrThrow(SMALL).dataset);
const open = appsUnmountedAfterEach();
const MESSAGE = 'No categories to fold';

describe('transient messages', () => {
  it.each([
    ['a key bound to nothing', ['x']],
    ['a move that goes nowhere', ['k']],
    ['a move', ['j']],
    ['another view', ['2']],
    ['starting a search and typing', ['/', 'a']],
  ])('clear on %s', async (_name, keys) => {
    const app = await open({ land: small, view: 'overview', columns: 120 });
    await app.press('z');
    expect(app.frame()).toContain(MESSAGE);
    await app.press(...keys);
    expect(app.frame()).not.toContain(MESSAGE);
  });
});

describe('the reload banner', () => {
  const long =
    'Reload failed, showing the last good data: /home/someone/projects/my-landscape/vendors/fifth-vendor.yaml:12:7: cells.fifth.managed-notebooks.status: must be one of ga, preview, partial, none, unknown (fix the status)';
  it.each([40, 80, 120])('wraps to %i columns without losing a word', (width) => {
    const lines = bannerLines(long, width);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width - 2);
    if (lines.length < BANNER_MAX_LINES) expect(lines.join(' ')).toBe(long);
    else expect(lines.at(-1)).toMatch(/…$/);
  });
});

describe('a message the status line cannot hold beside the position', () => {
  it.each([
    [80, 'f', 'Filter by status applies to views of statuses (Features, Compute)'],
    [80, 'd', 'Differences only applies to views of statuses (Features, Compute)'],
    [60, 'z', 'No categories to fold in this view'],
  ])('at %i columns comes first and whole (%s in the Market)', async (columns, key, text) => {
    const app = await open({ view: 'market', columns, rows: 24 });
    await app.press(key);
    const status = app.lines().at(-2) ?? '';
    expect(status.startsWith(text)).toBe(true);
    expect(stringWidth(status)).toBeLessThanOrEqual(columns);
  });
});
