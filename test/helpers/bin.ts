/** Runs the built program as a user would, without a terminal. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { HANG_MS } from './hang.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'trainscape.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The suite's own cache directory (test/helpers/cacheDir.ts), so no test writes to the user's. */
export function suiteCache(): { TRAINSCAPE_CACHE_DIR?: string } {
  const dir = process.env.TRAINSCAPE_CACHE_DIR;
  return dir === undefined ? {} : { TRAINSCAPE_CACHE_DIR: dir };
}

export function run(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...suiteCache(), ...env },
    timeout: HANG_MS,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
