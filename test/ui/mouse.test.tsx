import { describe, expect, it } from 'vitest';
import { parseMouse } from '../../source/ui/mouse.js';
import { type MouseSource, takeMouse } from '../../source/ui/mouseInput.js';
import { appsUnmountedAfterEach, KEYS } from '../helpers/render.js';

const open = appsUnmountedAfterEach();

describe('SGR mouse reports', () => {
  it('reads presses, releases and the wheel; ignores motion and other input', () => {
    expect(parseMouse('[<0;30;1M')).toEqual({ kind: 'press', button: 0, x: 30, y: 1 });
    expect(parseMouse('\u001b[<0;30;1m')).toEqual({ kind: 'release', button: 0, x: 30, y: 1 });
    expect(parseMouse('[<64;5;9M')).toEqual({ kind: 'wheel', button: -1, x: 5, y: 9 });
    expect(parseMouse('[<65;5;9M')).toEqual({ kind: 'wheel', button: 1, x: 5, y: 9 });
    expect(parseMouse('[<32;5;9M')).toBeUndefined();
    expect(parseMouse('j')).toBeUndefined();
  });

  it('takes reports out of the input and passes the rest on, holding a report split across reads', () => {
    expect(takeMouse('j\u001b[<65;5;9Mk')).toEqual({ rest: 'jk', reports: ['\u001b[<65;5;9M'], pending: '' });
    const first = takeMouse('q\u001b[<0;3');
    expect(first).toEqual({ rest: 'q', reports: [], pending: '\u001b[<0;3' });
    expect(takeMouse(`${first.pending};1M`)).toEqual({ rest: '', reports: ['\u001b[<0;3;1M'], pending: '' });
    // A lone Esc, or an arrow key, is not held.
    expect(takeMouse('\u001b')).toEqual({ rest: '\u001b', reports: [], pending: '' });
    expect(takeMouse('\u001b[A')).toEqual({ rest: '\u001b[A', reports: [], pending: '' });
  });
});

/** A mouse source a test drives. */
function fakeMouse(): MouseSource & { send(report: string): void } {
  const listeners = new Set<(r: string) => void>();
  return {
    listen(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    send(r) {
      for (const l of listeners) l(r);
    },
  };
}

describe.each([80, 120, 200])('the mouse at %i columns', (columns) => {
  it('a click on a tab opens it; the wheel scrolls; a click on a cell selects it', async () => {
    const mouse = fakeMouse();
    const app = await open({ columns, rows: 24, props: { mouse } });
    const bar = app.lines()[0] ?? '';
    mouse.send(`\u001b[<0;${bar.indexOf('2 Feat') + 2};1M`);
    await app.settled();
    expect(app.frame()).toContain('Feature matrix · row 1/');
    mouse.send('\u001b[<65;10;8M');
    await app.settled();
    expect(app.frame()).toContain('Feature matrix · row 3/');
    const header = app.lines()[1] ?? '';
    mouse.send(`\u001b[<0;${header.indexOf('Azure') + 2};4M`);
    await app.settled();
    expect(app.frame()).toMatch(/Feature matrix · row \d+\/106 │ col Azure Machine Learning/);
  });
});

/** The 1-based screen row and column where `text` is drawn (the first line that has it). */
function whereIs(lines: readonly string[], text: string | RegExp): { x: number; y: number } {
  const y = lines.findIndex((l) => (typeof text === 'string' ? l.includes(text) : text.test(l)));
  expect(y, `${text} on screen`).toBeGreaterThanOrEqual(0);
  const line = lines[y] ?? '';
  const x = typeof text === 'string' ? line.indexOf(text) : line.search(text);
  return { x: x + 1, y: y + 1 };
}

describe.each([
  [80, 24],
  [200, 50],
])('the mouse in the Market and Overview at %i×%i', (columns, rows) => {
  it('a click on a market trend puts the cursor on it; Enter then opens that trend', async () => {
    const mouse = fakeMouse();
    const app = await open({ columns, rows, view: 'market', props: { mouse } });
    const at = whereIs(app.lines(), 'Training custom models');
    // The trend's second (wrapped) line selects it too, when it wraps.
    mouse.send(`\u001b[<0;${at.x + 3};${at.y}M`);
    await app.settled();
    expect(app.lines().find((l) => l.startsWith('▸ '))).toContain('Training custom models');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('Market trend');
    expect(app.frame()).toContain('Training custom models');
  });

  it('a click on a figure’s bar selects the figure; a click on the legend selects nothing', async () => {
    const mouse = fakeMouse();
    const app = await open({ columns, rows, view: 'market', props: { mouse } });
    const bar = whereIs(app.lines(), '$31.8B');
    mouse.send(`\u001b[<0;${bar.x};${bar.y}M`);
    await app.settled();
    expect(app.lines().find((l) => l.startsWith('▸ '))).toMatch(/^▸ 2024 actual/);
    const legend = whereIs(app.lines(), 'less than');
    mouse.send(`\u001b[<0;${legend.x};${legend.y}M`);
    await app.settled();
    expect(app.lines().find((l) => l.startsWith('▸ '))).toMatch(/^▸ 2024 actual/);
  });

  it('a click on an Overview row selects it; on a panel it presses the key the panel names; the wheel over a panel scrolls nothing', async () => {
    const mouse = fakeMouse();
    const app = await open({ columns, rows, props: { mouse } });
    const row = whereIs(app.lines(), 'Amazon SageMaker AI');
    mouse.send(`\u001b[<0;${row.x};${row.y}M`);
    await app.settled();
    expect(app.frame()).toMatch(/Vendors at a glance · row 3\/4/);
    const deals = whereIs(app.lines(), /Latest deals/);
    mouse.send(`\u001b[<65;${deals.x};${deals.y + 1}M`);
    await app.settled();
    expect(app.frame()).toMatch(/Vendors at a glance · row 3\/4/);
    mouse.send(`\u001b[<0;${deals.x + 2};${deals.y + 1}M`);
    await app.settled();
    expect(app.lines()[0]).toMatch(/4 Deals/);
    expect(app.frame()).toMatch(/Deals\b.* · row 1\//);
    await app.press('1');
    const ranking = whereIs(app.lines(), /Ranking/);
    mouse.send(`\u001b[<0;${ranking.x};${ranking.y}M`);
    await app.settled();
    expect(app.frame()).toMatch(/Scorecard.* · row 1\//);
  });
});
