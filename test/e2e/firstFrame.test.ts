/**
 * The first frame, drawn before Ink is loaded, in a real terminal (tmux): the
 * screen it draws is the screen the dashboard then draws; keys typed before the
 * dashboard is up are neither echoed nor lost; and a signal or a failure while
 * only the first frame is up (TRAINSCAPE_FAULT=first-frame holds it there,
 * TRAINSCAPE_FAULT=load fails the loading) gives the terminal back.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTmux, type Session, startSession } from '../helpers/tmux.js';

const sessions: Session[] = [];
beforeAll(() => requireTmux());
afterAll(() => {
  for (const s of sessions.splice(0)) s.kill();
});

/** Runs the dashboard, then prints its exit code and the terminal's settings. */
function start(args = '', env = '', columns = 100, rows = 30) {
  const s = startSession(
    `${env} node bin/trainscape.js ${args}; c=$?; stty -a | tr "\\n" " "; echo; (exit $c)`.trim(),
    columns,
    rows,
  );
  sessions.push(s);
  return s;
}

const tmuxOut = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' }).trim();
/** `1` when the pane's cursor is visible, then `1` when it is in the alternate screen. */
const cursorAndAlt = (s: Session) => tmuxOut('display-message', '-p', '-t', s.name, '#{cursor_flag}#{alternate_on}');
const nodePid = (s: Session) => {
  const pane = tmuxOut('display-message', '-p', '-t', s.name, '#{pane_pid}');
  return execFileSync('pgrep', ['-f', 'bin/trainscape.js', '-P', pane], { encoding: 'utf8' }).trim().split('\n')[0];
};

describe('the first frame in a terminal', () => {
  it('shows what the dashboard then shows, in every view, at 80×24 and 200×50', async () => {
    const cases = [
      ['', 'Vendors at a glance · row 1/'],
      ['--view features', 'Feature matrix · row 1/'],
      ['--view market', 'row 1/'],
      ['--view scorecard', 'row 1/'],
    ] as const;
    for (const [columns, rows] of [
      [80, 24],
      [200, 50],
    ] as const) {
      await Promise.all(
        cases.map(async ([args, status]) => {
          const held = start(args, 'TRAINSCAPE_FAULT=first-frame', columns, rows);
          const live = start(args, '', columns, rows);
          const first = await held.waitFor(status);
          await live.waitFor(status);
          // The live dashboard answers keys: once `?` has opened and Esc closed help, Ink has drawn.
          live.keys('?');
          await live.waitFor('Keys (? or Esc closes)');
          live.keys('Escape');
          const drawn = await live.waitForGone('Keys (? or Esc closes)');
          expect(first, `${args} at ${columns}×${rows}`).toBe(drawn);
          expect(cursorAndAlt(held)).toBe('01');
        }),
      );
    }
  });

  it('keys typed while only the first frame is up are not echoed, and reach the dashboard', async () => {
    const held = start('', 'TRAINSCAPE_FAULT=first-frame');
    const before = await held.waitFor('Vendors at a glance · row 1/4');
    // The terminal is in raw mode without echo from the first frame on, so nothing typed can appear.
    const stty = execFileSync('stty', ['-a', '-F', tmuxOut('display-message', '-p', '-t', held.name, '#{pane_tty}')], {
      encoding: 'utf8',
    });
    expect(stty).toMatch(/(^|\s)-echo(\s|$)/);
    expect(stty).toMatch(/(^|\s)-icanon(\s|$)/);
    held.type('jjzz');
    expect(held.screen()).toBe(before);
    // A live dashboard handles keys typed as soon as its first frame is up.
    const live = start();
    await live.waitFor('Vendors at a glance · row 1/4');
    live.type('jj');
    await live.waitFor('Vendors at a glance · row 3/4');
    live.keys('q');
    await live.waitFor('EXITED:0');
  });

  it('SIGTERM, SIGHUP or SIGINT while only the first frame is up: terminal restored, 128 + the signal', async () => {
    const ways = [
      ['TERM', 143],
      ['HUP', 129],
      ['INT', 130],
    ] as const;
    await Promise.all(
      ways.map(async ([signal, code]) => {
        const s = start('', 'TRAINSCAPE_FAULT=first-frame');
        await s.waitFor('Vendors at a glance · row 1/4');
        expect(cursorAndAlt(s), signal).toBe('01');
        execFileSync('kill', [`-${signal}`, nodePid(s) ?? '']);
        const after = await s.waitFor(/EXITED:\d+/);
        expect(after, signal).toContain(`EXITED:${code}`);
        expect(after, signal).not.toContain('Vendors at a glance');
        const stty = after.replace(/\n/g, ' ');
        expect(stty, signal).toMatch(/(^|\s)icanon(\s|$)/);
        expect(stty, signal).toMatch(/(^|\s)echo(\s|$)/);
        expect(cursorAndAlt(s), signal).toBe('10');
      }),
    );
  });

  it('a dashboard that fails to load after the first frame: a one-line error on a restored terminal, exit 1', async () => {
    const s = start('', 'TRAINSCAPE_FAULT=load');
    const after = await s.waitFor(/EXITED:\d+/);
    expect(after).toContain('EXITED:1');
    expect(after.replace(/\n/g, '')).toMatch(/trainscape: .*injected fault loading the dashboard/);
    expect(after).not.toMatch(/\n\s+at /);
    expect(after).not.toContain('Vendors at a glance');
    expect(after.replace(/\n/g, ' ')).toMatch(/(^|\s)icanon(\s|$)/);
    expect(cursorAndAlt(s)).toBe('10');
  });
});
