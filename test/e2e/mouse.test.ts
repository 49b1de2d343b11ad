/**
 * The mouse in a real terminal (tmux): SGR reports sent as the terminal would
 * send them (`send-keys -l` of the escape sequence) scroll and select; mouse
 * reporting is on while the dashboard runs and off again on every way out;
 * --no-mouse and TRAINSCAPE_MOUSE=0 leave it off.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type Session, trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();
const tmuxOut = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' }).trim();
/** `11` when the pane reports button presses (1000) in SGR form (1006), `00` when it does not. */
const mouseFlags = (s: Session) =>
  tmuxOut('display-message', '-p', '-t', s.name, '#{mouse_standard_flag}#{mouse_sgr_flag}');
const nodePid = (s: Session) => {
  const pane = tmuxOut('display-message', '-p', '-t', s.name, '#{pane_pid}');
  return execFileSync('pgrep', ['-f', 'bin/trainscape.js', '-P', pane], { encoding: 'utf8' }).trim().split('\n')[0];
};
const press = (x: number, y: number) => `\u001b[<0;${x};${y}M\u001b[<0;${x};${y}m`;
const wheelDown = (x: number, y: number) => `\u001b[<65;${x};${y}M`;
const wheelUp = (x: number, y: number) => `\u001b[<64;${x};${y}M`;

describe('the mouse', () => {
  it.each([
    [80, 24],
    [200, 50],
  ])('at %i×%i a click on a tab opens it, the wheel scrolls, a click selects a cell', async (columns, rows) => {
    const s = start('', columns, rows);
    await s.waitFor('Vendors at a glance · row');
    expect(mouseFlags(s)).toBe('11');
    // The tab of Compute: find its column on the tab bar.
    const bar = s.screen().split('\n')[0] ?? '';
    const x = bar.indexOf('3 Comp') + 2;
    s.type(press(x, 1));
    await s.waitFor('Training accelerators · row 1/');
    s.type(wheelDown(20, 8));
    await s.waitFor('Training accelerators · row 3/');
    s.type(wheelUp(20, 8));
    await s.waitFor('Training accelerators · row 1/');
    // Screen row 5 is the third table line (tab bar and header above), the second data row; a vendor column.
    s.type(press(Math.min(columns - 10, 60), 5));
    await s.waitFor(/Training accelerators · row 2\/\d+ │ col (?!Accelerator)/);
    s.keys('Enter');
    await s.waitFor('Evidence ·');
    // The wheel scrolls the pane (when it has more than fits) and keeps it open.
    s.type(wheelDown(20, 10));
    await s.waitFor(rows === 24 ? /Evidence ·.* (?!1–)\d+–\d+ of/ : 'Evidence ·');
    s.keys('q');
    await s.waitFor('EXITED:0');
    expect(mouseFlags(s)).toBe('00');
  });

  it.each([
    [80, 24],
    [200, 50],
  ])(
    'at %i×%i a click on a market trend selects it, a click on an Overview panel opens its view',
    async (columns, rows) => {
      const s = start('', columns, rows);
      await s.waitFor('Vendors at a glance · row');
      const lines = () => s.screen().split('\n');
      const rowOf = (text: string) => lines().findIndex((l) => l.includes(text)) + 1;
      // The Ranking panel says "press 6": a click on it does what 6 does.
      s.type(press(3, rowOf('Ranking')));
      await s.waitFor(/Scorecard.* · row 1\//);
      s.keys('5');
      await s.waitFor('Market figures · row 1/');
      s.type(press(10, rowOf('Training custom models')));
      await s.waitFor(/▸ Training custom models/);
      s.keys('Enter');
      await s.waitFor('Evidence · Market trend');
      s.keys('q');
      await s.waitFor('EXITED:0');
    },
  );

  it.each([
    ['q', (s: Session) => s.keys('q'), 0, {}],
    ['Ctrl-C', (s: Session) => s.keys('C-c'), 0, {}],
    ['SIGTERM', (s: Session) => execFileSync('kill', ['-TERM', nodePid(s) ?? '']), 143, {}],
    ['SIGHUP', (s: Session) => execFileSync('kill', ['-HUP', nodePid(s) ?? '']), 129, {}],
    ['a crash while rendering', (s: Session) => s.keys('j'), 1, { TRAINSCAPE_FAULT: 'render' }],
  ] as const)('is turned off again after %s', async (_name, act, code, env) => {
    const s = start('', 100, 30, { ...env });
    await s.waitFor('Vendors at a glance · row');
    expect(mouseFlags(s)).toBe('11');
    act(s);
    await s.waitFor(`EXITED:${code}`);
    expect(mouseFlags(s)).toBe('00');
  });

  it('--no-mouse and TRAINSCAPE_MOUSE=0 leave the mouse to the terminal', async () => {
    const a = start('--no-mouse', 100, 30);
    const b = start('', 100, 30, { TRAINSCAPE_MOUSE: '0' });
    await a.waitFor('Vendors at a glance · row');
    await b.waitFor('Vendors at a glance · row');
    expect(mouseFlags(a)).toBe('00');
    expect(mouseFlags(b)).toBe('00');
  });
});
