/**
 * Colours stay readable on common themes: the dashboard emits only the eight
 * base colours and attributes, never bright black or any bright colour (SGR
 * 90–97, 100–107): bright black is Solarized Dark's background and washes out
 * on light themes. Checked on the SGR codes each frame really emits.
 */
import { describe, expect, it } from 'vitest';
import { makeTheme } from '../../source/theme.js';
import { appsUnmountedAfterEach, KEYS } from '../helpers/render.js';

const open = appsUnmountedAfterEach();

/** Every SGR parameter in a string of terminal output. */
function sgrCodes(out: string): number[] {
  const codes: number[] = [];
  for (const m of out.matchAll(/\u001b\[([0-9;]*)m/g)) {
    for (const p of (m[1] ?? '').split(';')) if (p !== '') codes.push(Number(p));
  }
  return codes;
}

const bright = (c: number) => (c >= 90 && c <= 97) || (c >= 100 && c <= 107);

describe('colours on any theme', () => {
  it.each([80, 200])('no frame at %i columns uses a bright colour; quiet text is faint (SGR 2)', async (columns) => {
    const app = await open({ columns, rows: 30, props: { level: 1 } });
    const seen: string[] = [app.raw()];
    for (let i = 0; i < 8; i++) {
      await app.press(KEYS.tab);
      seen.push(app.raw());
    }
    await app.press('2', KEYS.enter);
    seen.push(app.raw());
    await app.press(KEYS.esc, '?');
    seen.push(app.raw());
    const codes = seen.flatMap(sgrCodes);
    expect(codes.filter(bright)).toEqual([]);
    expect(codes).toContain(2);
    // Statuses keep their base colours.
    expect(codes).toEqual(expect.arrayContaining([31, 32, 33, 36]));
  });

  it('the printers use no bright colour either', () => {
    const t = makeTheme(1);
    const out = [t.muted('x'), t.status.unknown('x'), ...Object.values(t.status).map((f) => f('x'))].join('');
    expect(sgrCodes(out).filter(bright)).toEqual([]);
  });
});
