/**
 * The built dashboard in a real terminal (tmux): every size from 20×6 to
 * 400×120, a resize storm while keys are pressed, every way out restoring the
 * terminal (cursor shown, alternate screen left, `stty -a` back to icanon and
 * echo), no hang when stdin or stdout is not a terminal, and readable output
 * under TERM=dumb, NO_COLOR, 16 colours and --no-color (raw bytes recorded by
 * util-linux `script`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/bin.js';
import { HANG_MS } from '../helpers/hang.js';
import { tempDir } from '../helpers/tmp.js';
import { requireTmux, SCREEN_TITLES, type Session, startSession } from '../helpers/tmux.js';

const dir = tempDir();
const sessions: Session[] = [];
beforeAll(() => requireTmux());
afterAll(() => {
  for (const s of sessions.splice(0)) s.kill();
});

function start(command: string, columns = 100, rows = 30, env: Record<string, string> = {}) {
  const s = startSession(command, columns, rows, env);
  sessions.push(s);
  return s;
}

const tmuxOut = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' }).trim();
/** `1` when the pane's cursor is visible, then `1` when it is in the alternate screen. */
const cursorAndAlt = (s: Session) => tmuxOut('display-message', '-p', '-t', s.name, '#{cursor_flag}#{alternate_on}');

/** The top line is the tab bar (the frame never scrolled the pane) and nothing is wider or taller than the screen. */
function expectFrame(screen: string, columns: number, rows: number) {
  const lines = screen.split('\n');
  expect(lines[0], screen).toMatch(/^ (trainscape {2})?1 |^1[A-Z]/);
  for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(columns);
  expect(
    lines
      .slice(rows - 1)
      .join('')
      .trim(),
    'the last row stays empty (frame ≤ rows − 1)',
  ).toBe('');
}

/** Polls until the screen shows `title` in a frame that fits; fails with the last screen. */
async function waitFrame(s: Session, title: string | RegExp, columns: number, rows: number): Promise<string> {
  const end = Date.now() + HANG_MS;
  for (;;) {
    const screen = s.screen();
    try {
      if (typeof title === 'string') expect(screen).toContain(title);
      else expect(screen).toMatch(title);
      expectFrame(screen, columns, rows);
      return screen;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 40));
    }
  }
}

describe('sizes and resizes', () => {
  const SIZES: [number, number, 'too small' | 'dashboard'][] = [
    [20, 6, 'too small'],
    [39, 9, 'too small'],
    [39, 24, 'too small'],
    [80, 9, 'too small'],
    [40, 10, 'dashboard'],
    [79, 24, 'dashboard'],
    [80, 24, 'dashboard'],
    [200, 50, 'dashboard'],
    [400, 120, 'dashboard'],
  ];

  it('every size in the table: too small below 40×10, else every view fits with the tab bar on top', async () => {
    const s = start('node bin/trainscape.js', 100, 30);
    await s.waitFor('Vendors at a glance');
    for (const [columns, rows, expected] of SIZES) {
      s.resize(columns, rows);
      if (expected === 'too small') {
        const screen = await s.waitFor(`${columns}×${rows}; need 40×10`);
        expect(screen.split('\n')[0]).toContain('Terminal too small'.slice(0, columns));
        expect(
          screen
            .split('\n')
            .slice(rows - 1)
            .join('')
            .trim(),
        ).toBe('');
        continue;
      }
      // Tab through all seven views; each must fit this size.
      for (const title of SCREEN_TITLES) {
        await waitFrame(s, title, columns, rows);
        s.keys('Tab');
      }
    }
    s.keys('q');
    await s.waitFor('EXITED:0');
  });

  it('a resize storm while j, k and Tab are pressed ends with a correct frame and a live process', async () => {
    const s = start('node bin/trainscape.js --view features', 100, 30);
    await s.waitFor('Feature matrix · row');
    // 80 resizes between 20×6 and 220×60 with keys in between, as fast as tmux takes them.
    const script = [
      'i=0',
      'while [ $i -lt 80 ]; do',
      '  c=$((20 + (i * 37) % 200)); r=$((6 + (i * 13) % 54))',
      `  tmux resize-window -t ${s.name} -x $c -y $r`,
      `  tmux send-keys -t ${s.name} j k j Tab`,
      '  i=$((i + 1))',
      'done',
      `tmux resize-window -t ${s.name} -x 100 -y 30`,
    ].join('\n');
    execFileSync('sh', ['-c', script]);
    // Keys that arrive in one read (jkj<Tab>) are one input to Ink, so the view reached is not
    // counted; what matters is a whole frame at the final size and a process that still answers.
    // Let the queued keys drain: the screen unchanged for 400 ms.
    for (let last = '', same = 0; same < 10; await new Promise((r) => setTimeout(r, 40))) {
      const now = s.screen();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    const screen = await waitFrame(s, /^ (trainscape {2})?1 /m, 100, 30);
    expect(screen).not.toContain('EXITED');
    s.keys('7');
    await waitFrame(s, 'Sources · row', 100, 30);
    s.keys('1');
    await waitFrame(s, 'Vendors at a glance · row', 100, 30);
    s.keys('q');
    await s.waitFor('EXITED:0');
  });
});

describe('every way out restores the terminal', () => {
  /** Runs the dashboard, then reports its exit code and the terminal's settings. */
  const cmd = (env = '') => `${env} node bin/trainscape.js; c=$?; stty -a | tr "\\n" " "; echo; (exit $c)`.trim();
  const nodePid = (s: Session) => {
    const pane = tmuxOut('display-message', '-p', '-t', s.name, '#{pane_pid}');
    return execFileSync('pgrep', ['-f', 'bin/trainscape.js', '-P', pane], { encoding: 'utf8' }).trim().split('\n')[0];
  };
  const WAYS: { name: string; env?: string; act: (s: Session) => void; code: number; says?: RegExp }[] = [
    { name: 'q', act: (s) => s.keys('q'), code: 0 },
    { name: 'Ctrl-C', act: (s) => s.keys('C-c'), code: 0 },
    { name: 'SIGTERM', act: (s) => execFileSync('kill', ['-TERM', nodePid(s) ?? '']), code: 143 },
    { name: 'SIGHUP', act: (s) => execFileSync('kill', ['-HUP', nodePid(s) ?? '']), code: 129 },
    {
      name: 'an internal error while rendering (TRAINSCAPE_FAULT=render)',
      env: 'TRAINSCAPE_FAULT=render',
      act: (s) => s.keys('j'),
      code: 1,
      says: /trainscape: the dashboard stopped: injected fault while rendering/,
    },
    {
      name: 'an internal error in a key handler (TRAINSCAPE_FAULT=input)',
      env: 'TRAINSCAPE_FAULT=input',
      act: (s) => s.keys('j'),
      code: 1,
      says: /trainscape: the dashboard stopped: injected fault in a key handler/,
    },
  ];

  it('q, Ctrl-C, SIGTERM, SIGHUP and an internal error: cursor shown, alternate screen left, icanon and echo', async () => {
    await Promise.all(
      WAYS.map(async (way) => {
        const s = start(cmd(way.env ?? ''), 100, 30);
        await s.waitFor('Vendors at a glance · row');
        expect(cursorAndAlt(s), way.name).toBe('01');
        way.act(s);
        const after = await s.waitFor(/EXITED:\d+/);
        expect(after, way.name).toContain(`EXITED:${way.code}`);
        expect(after).not.toContain('Vendors at a glance');
        expect(after).not.toMatch(/\n\s+at /);
        if (way.says) expect(after.replace(/\n/g, '')).toMatch(way.says);
        const stty = after.replace(/\n/g, ' ');
        expect(stty, way.name).toMatch(/(^|\s)icanon(\s|$)/);
        expect(stty, way.name).toMatch(/(^|\s)echo(\s|$)/);
        expect(cursorAndAlt(s), way.name).toBe('10');
      }),
    );
  });
});

describe('stdin or stdout not a terminal', () => {
  it('stdin from /dev/null with stdout a terminal prints the view and exits, no hang', async () => {
    const s = start('node bin/trainscape.js --view features < /dev/null', 120, 40);
    const screen = await s.waitFor('EXITED:0');
    expect(screen).toMatch(/Open-source serving stack +. (GA|Preview)/);
    expect(screen).toContain('Legend: ✓ GA');
    expect(cursorAndAlt(s)).toBe('10');
  });

  it('stdout piped with stdin a terminal prints the view and exits, no hang', async () => {
    const s = start('node bin/trainscape.js --view deals | tail -n 3; echo PIPED', 120, 40);
    const screen = await s.waitFor('PIPED');
    expect(screen).not.toMatch(/\\x1b|\u001b/);
    expect(screen.split('\n').filter((l) => l.trim()).length).toBeGreaterThanOrEqual(3);
  });

  it('--watch, which needs the dashboard, says so instead of hanging (when the build has it)', () => {
    if (!run(['--help']).stdout.includes('--watch')) return;
    const r = run(['--watch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--watch works only in the dashboard/);
  });
});

describe('terminals without colour or Unicode stay readable', () => {
  /** SGR parameters that set a colour (30–49 with 38/48 forms, 90–107). */
  const COLOUR_SGR = /\u001b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/;
  const MODES: { name: string; env: Record<string, string>; args?: string; colour: 'none' | '16'; legend: RegExp }[] = [
    {
      name: 'TERM=dumb',
      env: { TERM: 'dumb' },
      colour: 'none',
      legend: /\+ GA .* Preview .* Partial .* None .* Unknown/,
    },
    {
      name: 'NO_COLOR',
      env: { NO_COLOR: '1' },
      colour: 'none',
      legend: /✓ GA {2}◇ Preview {2}◐ Partial {2}✗ None {2}\? Unknown/,
    },
    { name: 'monochrome (--no-color)', env: {}, args: '--no-color', colour: 'none', legend: /✓ GA {2}◇ Preview/ },
    { name: '16 colours (TERM=xterm)', env: { TERM: 'xterm' }, colour: '16', legend: /✓ GA {2}◇ Preview/ },
  ];

  it('statuses read as glyph and word; no colour codes without colour, only the 16 basic ones on xterm', async () => {
    await Promise.all(
      MODES.map(async (m, i) => {
        const raw = path.join(dir, `colour-${i}.log`);
        const s = start(`script -qfec "node bin/trainscape.js --view features ${m.args ?? ''}" ${raw}`, 120, 40, m.env);
        const screen = await s.waitFor('Legend:');
        expect(screen, m.name).toMatch(m.legend);
        s.keys('q');
        await s.waitFor('EXITED:0');
        const bytes = readFileSync(raw, 'utf8');
        // Under TERM=dumb the view is printed, so the row may have scrolled off: read it from the bytes.
        expect(bytes.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ''), m.name).toMatch(/Managed notebooks +(✓|\+) GA/);
        if (m.colour === 'none') expect(COLOUR_SGR.test(bytes), m.name).toBe(false);
        else {
          expect(COLOUR_SGR.test(bytes), m.name).toBe(true);
          expect(bytes, m.name).not.toMatch(/\u001b\[[0-9;]*[34]8;[25];/);
        }
      }),
    );
  });
});
