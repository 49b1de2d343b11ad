import { describe, expect, it } from 'vitest';
import { parseMouse } from '../../source/ui/mouse.js';
import { type MouseSource, takeMouse } from '../../source/ui/mouseInput.js';
import { appsUnmountedAfterEach } from '../helpers/render.js';

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
