// A program in a real pseudo-terminal (util-linux `script`), with timing of what it prints.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Strips ANSI escape sequences so screen text can be matched. */
export const plain = (s) =>
  s
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '')
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b[()][A-Z0-9]/g, '');

function shellQuote(s) {
  return `'${String(s).replace(/'/g, `'\\''`)}'`;
}

/**
 * Starts `argv` in a pseudo-terminal of `cols`×`rows`. Returns a handle that
 * records every chunk of output with its arrival time.
 */
export function startInPty(argv, { cols = 120, rows = 40, env = {} } = {}) {
  const command = `stty cols ${cols} rows ${rows}; exec ${argv.map(shellQuote).join(' ')}`;
  // Extra CA certificates are loaded by every node at start (~80 ms on Node 20 here) and have
  // nothing to do with trainscape: no command the bench times, baseline or app, gets them.
  const { NODE_EXTRA_CA_CERTS: _certs, ...inherited } = process.env;
  const started = now();
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...inherited, TERM: 'xterm-256color', LANG: 'C.UTF-8', ...env },
  });
  const chunks = [];
  let text = '';
  const waiters = new Set();
  child.stdout.on('data', (buf) => {
    const t = now();
    const s = buf.toString('utf8');
    chunks.push({ t, s });
    text += s;
    for (const w of waiters) w();
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve({ code, t: now() })));

  /** Resolves with the arrival time of the chunk that made `test(plainText)` true. */
  function waitFor(test, { since = 0, timeout = 15000 } = {}) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const view = plain(text.slice(since));
        if (test(view)) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(chunks.at(-1)?.t ?? now());
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for the screen; last output: ${JSON.stringify(plain(text).slice(-300))}`));
      }, timeout);
      waiters.add(check);
      check();
    });
  }

  /** Resolves once no output has arrived for `quietMs`; returns the time of the last chunk. */
  function settle(quietMs = 25, timeout = 5000) {
    return new Promise((resolve) => {
      const deadline = now() + timeout;
      let last = chunks.length;
      const tick = () => {
        if (chunks.length === last || now() > deadline) return resolve(chunks.at(-1)?.t ?? now());
        last = chunks.length;
        setTimeout(tick, quietMs);
      };
      setTimeout(tick, quietMs);
    });
  }

  /** Sends `keys` and resolves with ms until the last chunk of the frame it caused. */
  async function press(keys, quietMs = 15) {
    const before = chunks.length;
    const t0 = now();
    child.stdin.write(keys);
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no frame after key ${JSON.stringify(keys)}`)), 5000);
      const check = () => {
        if (chunks.length > before) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      waiters.add(check);
      check();
    });
    const end = await settle(quietMs);
    return end - t0;
  }

  /**
   * Sends `keys` that set up a measurement and lets the screen settle. They may change nothing
   * (back to the top when already there), so their frame is awaited for at most `waitMs`, never
   * required; waiting for it keeps a lone Esc from reaching the program together with the next key.
   */
  async function tap(keys, waitMs = 2000, quietMs = 40) {
    const before = chunks.length;
    child.stdin.write(keys);
    await new Promise((resolve) => {
      const done = () => {
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const check = () => {
        if (chunks.length > before) done();
      };
      const timer = setTimeout(done, waitMs);
      waiters.add(check);
    });
    await settle(quietMs);
  }

  /** Peak resident memory (VmHWM) of the program, in MB. */
  function peakRssMb() {
    try {
      const pid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
      return kb / 1024;
    } catch {
      return Number.NaN;
    }
  }

  return {
    child,
    started,
    waitFor,
    settle,
    press,
    tap,
    peakRssMb,
    exited,
    chunks,
    text: () => text,
    kill: () => child.kill('SIGKILL'),
  };
}
