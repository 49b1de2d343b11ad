/**
 * The terminal side of issue 16 in a real pty (tmux), through the built bin:
 * suspend and resume, fatal signals, SIGUSR1, ASCII mode and TERM=dumb,
 * bracketed paste, resizes and memory, and --watch after its folder returns.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/tmp.js';
import { requireTmux, type Session, startSession } from '../helpers/tmux.js';

const dir = tempDir();
const sessions: Session[] = [];
beforeAll(() => requireTmux());
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

let n = 0;
/** The dashboard on `args`, its pid written to a file (sh execs node, so the pid is node's). */
function open(args: string, env: Record<string, string> = {}, columns = 100, rows = 30) {
  const pidFile = path.join(dir, `pid-${++n}`);
  const s = startSession(`sh -c 'echo $$ > ${pidFile}; exec node bin/trainscape.js ${args}'`, columns, rows, env);
  sessions.push(s);
  const pid = () => Number(readFileSync(pidFile, 'utf8'));
  const flags = () =>
    execFileSync('tmux', ['display', '-p', '-t', s.name, '#{alternate_on} #{cursor_flag}'], {
      encoding: 'utf8',
    }).trim();
  const stty = () =>
    execFileSync('sh', ['-c', `stty -a -F "$(tmux display -p -t ${s.name} '#{pane_tty}')"`], { encoding: 'utf8' });
  return { s, pid, flags, stty };
}

const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 200; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
};
const state = (pid: number) => /State:\s+(\w)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
const SMALL = path.join(FIXTURES, 'small.yaml');

describe('signals', () => {
  it('Ctrl-Z and SIGTSTP leave the screen with the cursor shown and cooked mode; SIGCONT redraws in raw mode', async () => {
    const { s, pid, flags, stty } = open(`--data ${SMALL}`);
    await s.waitFor('Vendors at a glance');
    for (const stop of [() => s.keys('C-z'), () => process.kill(pid(), 'SIGTSTP')]) {
      stop();
      await until(() => state(pid()) === 'T', 'the process to stop');
      expect(flags()).toBe('0 1');
      expect(stty()).toMatch(/(^|\s)icanon/);
      process.kill(pid(), 'SIGCONT');
      await s.waitFor('Vendors at a glance');
      expect(flags()).toBe('1 0');
      expect(stty()).toMatch(/-icanon/);
    }
    s.keys('q');
    await s.waitFor('EXITED:0');
  });

  it.each([
    ['SIGQUIT', 131],
    ['SIGUSR2', 140],
    ['SIGALRM', 142],
  ] as const)('%s restores the terminal and exits %i', async (signal, code) => {
    const { s, pid, flags } = open(`--data ${SMALL}`);
    await s.waitFor('Vendors at a glance');
    process.kill(pid(), signal);
    await s.waitFor(`EXITED:${code}`);
    expect(flags()).toBe('0 1');
  });

  it('SIGUSR1 starts no inspector: nothing is printed and the dashboard goes on', async () => {
    const { s, pid } = open(`--data ${SMALL}`);
    await s.waitFor('Vendors at a glance');
    process.kill(pid(), 'SIGUSR1');
    s.keys('Tab');
    const screen = await s.waitFor('Feature matrix');
    expect(screen).not.toMatch(/Debugger|inspector/i);
    s.keys('q');
    await s.waitFor('EXITED:0');
  });
});

describe('ASCII terminals', () => {
  it('LANG=C: every byte the dashboard writes is ASCII', async () => {
    const raw = path.join(dir, 'ascii.log');
    const s = startSession(`script -qfec "node bin/trainscape.js --data test/fixtures/hostile.yaml" ${raw}`, 100, 30, {
      LANG: 'C',
      LC_ALL: 'C',
    });
    sessions.push(s);
    await s.waitFor('Vendors at a glance');
    s.keys('Tab');
    await s.waitFor('Feature matrix');
    s.keys('j', 'l', 'Enter');
    await s.waitFor('Evidence');
    s.keys('Escape', 'q');
    await s.waitFor('EXITED:0');
    const bytes = readFileSync(raw);
    const body = bytes.subarray(bytes.indexOf(0x0a) + 1);
    const high = body.findIndex((b) => b > 0x7e);
    expect(high, JSON.stringify(body.subarray(Math.max(0, high - 20), high + 20).toString('latin1'))).toBe(-1);
  });

  it('TERM=dumb: the view is printed, with no alternate screen and no cursor movement', async () => {
    const raw = path.join(dir, 'dumb.log');
    const s = startSession(`script -qfec "node bin/trainscape.js --data test/fixtures/small.yaml" ${raw}`, 100, 30, {
      TERM: 'dumb',
    });
    sessions.push(s);
    await s.waitFor('EXITED:0');
    const text = readFileSync(raw, 'utf8');
    expect(text).toContain('Alpha ML');
    expect(text).not.toContain('\u001b[?1049h');
    expect(text).not.toMatch(/\u001b\[\d*[ABCDHJK]/);
  });
});

describe('paste', () => {
  it('a 2 KB bracketed paste is one edit of the search box; Ctrl-C then quits at once', async () => {
    const { s } = open(`--data ${SMALL}`);
    await s.waitFor('Vendors at a glance');
    s.keys('/');
    await s.waitFor('/');
    execFileSync('tmux', ['set-buffer', '-b', 'p', `alpha ${'x'.repeat(2048)}`]);
    execFileSync('tmux', ['paste-buffer', '-p', '-b', 'p', '-t', s.name]);
    await s.waitFor('/alpha xxxx');
    s.keys('C-c');
    await s.waitFor('EXITED:0', 5000);
  });

  it('a paste outside the search box is not read as keys (a pasted q does not quit)', async () => {
    const { s } = open(`--data ${SMALL}`);
    await s.waitFor('Vendors at a glance');
    execFileSync('tmux', ['set-buffer', '-b', 'q', 'qqq\tq']);
    execFileSync('tmux', ['paste-buffer', '-p', '-b', 'q', '-t', s.name]);
    s.keys('Tab');
    await s.waitFor('Feature matrix');
    expect(s.screen()).not.toContain('EXITED');
    s.keys('q');
    await s.waitFor('EXITED:0');
  });
});

describe('memory and watching', () => {
  it('a 5,000-key fuzz with 2 KB pastes and hundreds of resizes keeps the peak resident set under 150 MB', async () => {
    const { s, pid, flags } = open('');
    await s.waitFor('Vendors at a glance');
    const tmux = (...args: string[]) => execFileSync('tmux', args);
    // Keys of every view and overlay; not q, Ctrl-C, Ctrl-Z, Ctrl-S (save) or o (opens a browser).
    const KEYS = [
      'j',
      'k',
      'h',
      'l',
      'Up',
      'Down',
      'Left',
      'Right',
      'Tab',
      'BTab',
      ']',
      '[',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '0',
      '$',
      'PageDown',
      'PageUp',
      'C-d',
      'C-u',
      'g',
      'G',
      'Home',
      'End',
      'Enter',
      'Escape',
      '/',
      'n',
      'N',
      'v',
      'Space',
      'x',
      'a',
      'd',
      'f',
      's',
      'z',
      'Z',
      '+',
      '-',
      'r',
      'c',
      '!',
      '?',
      'BSpace',
      'e',
      'y',
    ];
    let seed = 16;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    // Every input before it has been handled once the help overlay opens and closes again.
    const settled = async () => {
      s.resize(100, 30);
      s.keys('Escape', 'Escape', 'Escape', '?');
      await s.waitFor('Keys (');
      s.keys('Escape');
      await s.waitForGone('Keys (');
    };
    const counts = { keys: 0, pastes: 0, resizes: 0 };
    let batch: string[] = [];
    const flush = () => {
      if (batch.length > 0) s.keys(...batch);
      batch = [];
    };
    for (let i = 0; i < 5000; i++) {
      const roll = random(100);
      if (roll < 12) {
        flush();
        counts.resizes++;
        s.resize(counts.resizes % 2 ? 200 : 80, counts.resizes % 2 ? 60 : 24);
      } else if (roll < 14) {
        flush();
        counts.pastes++;
        s.keys('/');
        tmux('set-buffer', '-b', 'fuzz', `paste ${String(i).repeat(2048).slice(0, 2042)}`);
        tmux('paste-buffer', '-p', '-b', 'fuzz', '-t', s.name);
      } else {
        counts.keys++;
        batch.push(KEYS[random(KEYS.length)] as string);
        if (batch.length === 8) flush();
      }
      if (i % 250 === 249) {
        flush();
        await settled();
      }
    }
    tmux('delete-buffer', '-b', 'fuzz');
    expect(counts.resizes).toBeGreaterThan(400);
    expect(counts.pastes).toBeGreaterThan(100);
    // Still answering: a key gives its frame.
    s.keys('1');
    await s.waitFor('Vendors at a glance');
    s.keys('Tab');
    await s.waitFor('Feature matrix');
    const status = readFileSync(`/proc/${pid()}/status`, 'utf8');
    const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;
    // Peak and present resident set (docs/reliability.md, docs/decisions/0017-dashboard-memory.md).
    expect(mb('VmHWM')).toBeLessThan(150);
    expect(mb('VmRSS')).toBeLessThan(150);
    s.keys('q');
    await s.waitFor('EXITED:0');
    expect(flags()).toBe('0 1');
  }, 900_000);

  it('--watch: a folder removed and brought back is watched again', async () => {
    const folder = path.join(dir, 'watched');
    mkdirSync(folder);
    copyFileSync(SMALL, path.join(folder, 'data.yaml'));
    const { s } = open(`--data ${folder} --watch`);
    await s.waitFor('Vendors at a glance');
    renameSync(folder, `${folder}.away`);
    await s.waitFor('Reload failed');
    renameSync(`${folder}.away`, folder);
    await s.waitForGone('Reload failed');
    writeFileSync(path.join(folder, 'data.yaml'), readFileSync(SMALL, 'utf8').replace('Alpha ML', 'Alpha Renamed'));
    await s.waitFor('Alpha Renamed');
    s.keys('q');
    await s.waitFor('EXITED:0');
  }, 60_000);
});
