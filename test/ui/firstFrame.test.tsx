/**
 * The first frame, drawn before Ink is loaded, is the frame the dashboard then
 * draws: for every view, at several sizes, in colour and without, the same text
 * line for line (styles aside, which Ink writes its own way).
 */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type FirstFrameInput, firstFrame } from '../../source/ui/firstFrame.js';
import { VIEW_NAMES, type ViewName } from '../../source/views/types.js';
import { appsUnmountedAfterEach, bundledLandscape, KEYS } from '../helpers/render.js';

const open = appsUnmountedAfterEach();

/** A frame as a person reads it: no styles, no trailing blanks on a line, no blank lines at the end. */
const readable = (text: string) =>
  stripVTControlCharacters(text)
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trimEnd();

function input(view: ViewName, extra: Partial<FirstFrameInput> = {}): FirstFrameInput {
  return { land: bundledLandscape(), vendors: [], view, level: 0, ascii: false, watching: false, ...extra };
}

const SIZES = [
  [80, 24],
  [120, 40],
  [200, 50],
  [60, 20],
] as const;

describe('the first frame', () => {
  for (const view of VIEW_NAMES) {
    for (const [columns, rows] of SIZES) {
      it(`${view} at ${columns}×${rows} reads as the dashboard's own first frame`, async () => {
        const first = firstFrame(input(view), { columns, rows });
        const app = await open({ view, columns, rows });
        expect(first).toBeDefined();
        expect(readable(first?.text ?? '')).toBe(readable(app.raw()));
        expect(first?.text.split('\n')).toHaveLength(rows - 1);
      });
    }
  }

  it('follows --vendor, --require, --min-coverage, --weights, --stale-after and colour like the dashboard', async () => {
    const land = bundledLandscape();
    const vendors = land.vendors.slice(0, 3).map((v) => v.id);
    const weights = { [land.categories[0]?.id ?? '']: 3 };
    const extra = { vendors, require: [land.features[0]?.id ?? ''], minCoverage: 0.9, weights, level: 3 } as const;
    const freshness = { today: '2026-11-26', staleAfter: { amount: 30, unit: 'd' as const } };
    for (const view of ['overview', 'scorecard', 'features'] as const) {
      const first = firstFrame(input(view, { ...extra, freshness, watching: true }), { columns: 120, rows: 40 });
      const app = await open({
        view,
        vendors,
        columns: 120,
        rows: 40,
        props: { ...extra, freshness, watching: true },
      });
      expect(readable(first?.text ?? ''), view).toBe(readable(app.raw()));
      expect(first?.text, view).toMatch(/\u001b\[[0-9;]*m/);
    }
  });

  it('is ASCII only in ASCII mode, as the dashboard makes its output', () => {
    const first = firstFrame(input('features', { ascii: true }), { columns: 100, rows: 30 });
    expect(first?.text).toMatch(/^[\u0000-\u007f]*$/);
  });

  it('is not drawn below the smallest terminal the dashboard draws in', () => {
    expect(firstFrame(input('overview'), { columns: 39, rows: 24 })).toBeUndefined();
    expect(firstFrame(input('overview'), { columns: 80, rows: 9 })).toBeUndefined();
    expect(firstFrame(input('overview'), { columns: 40, rows: 10 })).toBeDefined();
  });
});

describe('keys typed before the dashboard was up arrive at once, and are read in order', () => {
  it('j j / z z q in one read: two rows down, then the search box opened and typed in (q as text)', async () => {
    const app = await open({ columns: 120, rows: 40 });
    app.stdin.write('jj/zzq');
    await app.settled();
    expect(app.lines().find((l) => l.startsWith('/'))).toMatch(/^\/zzq▏ +0 matches/);
    // Nothing matched, so the cursor is where j j left it.
    await app.press(KEYS.esc);
    expect(app.lines().find((l) => l.includes(' · row '))).toMatch(/^Vendors at a glance · row 3\/4/);
  });

  it('/ then a bracketed paste in one read: the search box opens first and the paste goes into it', async () => {
    const app = await open({ columns: 120, rows: 40 });
    app.stdin.write('/\u001b[200~amazon\u001b[201~');
    await app.settled();
    expect(app.lines().find((l) => l.startsWith('/'))).toMatch(/^\/amazon▏ +1 match\b/);
  });

  it('keys in separate reads of one turn: each waits for the frame of the one before (j j j Enter opens row 4)', async () => {
    const app = await open({ columns: 120, rows: 40 });
    for (const k of ['j', 'j', 'j', '\r']) app.stdin.write(k);
    await app.settled();
    expect(app.frame()).toMatch(/Evidence · Azure Machine Learning/);
  });
});
