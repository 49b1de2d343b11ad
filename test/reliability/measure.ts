/**
 * Runs the built bin as a user would and measures it: wall time, peak resident
 * memory (GNU time's %M) and the output, with a V8 heap cap so a runaway
 * allocation fails the run instead of swapping the machine.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, suiteCache } from '../helpers/bin.js';
import { HANG_MS } from '../helpers/hang.js';

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set size in MiB. */
  peakMiB: number;
}

/** The heap cap every measured run gets (MiB); the 50 MB file must not need more. */
export const HEAP_MIB = 128;

export function runMeasured(args: string[], opts: { cwd?: string; asUser?: boolean } = {}): Promise<Measured> {
  const node = [process.execPath, BIN, ...args];
  const user = opts.asUser ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
  const argv = ['-f', 'PEAK_KB=%M', ...user, ...node];
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      '/usr/bin/time',
      argv,
      {
        cwd: opts.cwd ?? ROOT,
        encoding: 'utf8',
        timeout: HANG_MS,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          PATH: process.env.PATH,
          LANG: 'C.UTF-8',
          ...suiteCache(),
          NODE_OPTIONS: `--max-old-space-size=${HEAP_MIB}`,
        },
      },
      (err, stdout, stderr) => {
        const ms = performance.now() - started;
        stderr = stderr.replace(/Command (exited with non-zero status|terminated by signal) \d+\n/, '');
        const peak = /PEAK_KB=(\d+)\s*$/.exec(stderr);
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        resolve({
          code,
          stdout,
          stderr: peak ? stderr.slice(0, peak.index) : stderr,
          ms,
          peakMiB: Number(peak?.[1] ?? Number.NaN) / 1024,
        });
      },
    );
  });
}

/** What must not change about a data file while trainscape reads it. */
export interface Fingerprint {
  sha256: string;
  size: number;
  mtimeNs: bigint;
  ctimeNs: bigint;
  mode: number;
  /** The folder's entries: no lock, swap or cache file may appear beside the data. */
  siblings: string[];
}

export function fingerprint(file: string): Fingerprint {
  const st = statSync(file, { bigint: true });
  return {
    sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    size: Number(st.size),
    mtimeNs: st.mtimeNs,
    ctimeNs: st.ctimeNs,
    mode: Number(st.mode),
    siblings: readdirSync(path.dirname(file)).sort(),
  };
}
