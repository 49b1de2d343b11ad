/**
 * Drives the built program in a real terminal: a detached tmux session of a
 * given size, keys sent with send-keys, the screen read with capture-pane and
 * polled until the expected text appears (never a fixed sleep alone).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { afterEach, beforeAll } from 'vitest';
import { ROOT, suiteCache } from './bin.js';
import { HANG_MS } from './hang.js';

/** Throws (so the suite fails loudly) when tmux is not installed. */
export function requireTmux(): void {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error('tmux is required for the end-to-end tests (apt-get install tmux); it was not found on PATH');
  }
}

let counter = 0;

export interface Session {
  name: string;
  /** Sends tmux key names (`Tab`, `Enter`, `Escape`, `C-c`, `j`) one by one. */
  keys(...keys: string[]): void;
  /** Sends literal text. */
  type(text: string): void;
  /** The visible screen as text. */
  screen(): string;
  /** Polls the screen until `pattern` appears; returns the screen or throws with it. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Polls until `pattern` is gone. */
  waitForGone(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  resize(columns: number, rows: number): void;
  kill(): void;
}

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const has = (screen: string, p: string | RegExp) => (typeof p === 'string' ? screen.includes(p) : p.test(screen));

/**
 * Starts `command` (run by sh in the repository root) in a new session.
 * The pane stays open after the command exits so the restored screen can be read.
 */
export function startSession(
  command: string,
  columns: number,
  rows: number,
  env: Record<string, string> = {},
): Session {
  const name = `trainscape-e2e-${process.pid}-${++counter}`;
  // PATH is the test's own, so `node` in the pane is the node the suite runs on, not whatever
  // an already running tmux server was started with.
  const exports = Object.entries({
    PATH: process.env.PATH ?? '',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    ...suiteCache(),
    ...env,
  })
    .map(([k, v]) => `${k}='${v}'`)
    .join(' ');
  tmux(
    'new-session',
    '-d',
    '-s',
    name,
    '-x',
    String(columns),
    '-y',
    String(rows),
    '-c',
    ROOT,
    `env ${exports} sh -c '${command.replace(/'/g, `'\\''`)}; echo EXITED:$?; sleep 600'`,
  );
  tmux('set-option', '-t', name, 'window-size', 'manual');
  const screen = () => tmux('capture-pane', '-p', '-t', name);
  const poll = async (ok: (s: string) => boolean, what: string, timeoutMs: number) => {
    const end = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < end) {
      last = screen();
      if (ok(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the screen was:\n${last}`);
  };
  return {
    name,
    keys: (...keys) => {
      for (const k of keys) tmux('send-keys', '-t', name, k);
    },
    type: (text) => {
      tmux('send-keys', '-t', name, '-l', text);
    },
    screen,
    waitFor: (p, t = HANG_MS) => poll((s) => has(s, p), String(p), t),
    waitForGone: (p, t = HANG_MS) => poll((s) => !has(s, p), `${String(p)} to go`, t),
    resize: (c, r) => {
      tmux('resize-window', '-t', name, '-x', String(c), '-y', String(r));
    },
    kill: () => {
      spawnSync('tmux', ['kill-session', '-t', name]);
    },
  };
}

/**
 * For a test file: requires tmux, and returns a function that starts
 * `trainscape ARGS` in a new session; every session is killed after its test.
 */
export function trainscapeSessions(): (
  args?: string,
  columns?: number,
  rows?: number,
  env?: Record<string, string>,
) => Session {
  const sessions: Session[] = [];
  beforeAll(() => requireTmux());
  afterEach(() => {
    for (const s of sessions.splice(0)) s.kill();
  });
  return (args = '', columns = 120, rows = 40, env = {}) => {
    const s = startSession(`node bin/trainscape.js ${args}`, columns, rows, env);
    sessions.push(s);
    return s;
  };
}

/** The title each view shows in the status line, in tab order (overview first). */
export const SCREEN_TITLES = [
  'Vendors at a glance',
  'Feature matrix',
  'Training accelerators',
  'Deals and funding',
  'Market figures',
  'Scorecard',
  'Sources',
  'Lifecycle changes',
] as const;
