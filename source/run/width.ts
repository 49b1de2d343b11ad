/** How wide a printed table may be: --width, else $COLUMNS, else the terminal, else 100. */
import { UsageError } from './errors.js';
import type { Io } from './io.js';

export const MIN_WIDTH = 20;
export const MAX_WIDTH = 1000;
export const DEFAULT_WIDTH = 100;

const usable = (n: number | undefined): n is number =>
  n !== undefined && Number.isInteger(n) && n >= MIN_WIDTH && n <= MAX_WIDTH;

/**
 * An explicit --width wins. $COLUMNS comes next (set explicitly, it means what
 * it says, as in Python's shutil.get_terminal_size). Then the terminal stdout
 * is on, or, when stdout is piped (`trainscape | less`), the terminal stderr is on.
 */
export function printWidth(flag: string | number | undefined, io: Io): number {
  if (flag !== undefined) {
    const n = /^\s*\d+\s*$/.test(String(flag)) ? Number(flag) : Number.NaN;
    if (!usable(n)) {
      throw new UsageError(`--width must be a whole number from ${MIN_WIDTH} to ${MAX_WIDTH}; got "${flag}"`);
    }
    return n;
  }
  const env = io.env.COLUMNS?.trim() ? Number(io.env.COLUMNS) : undefined;
  if (usable(env)) return env;
  if (io.stdout.isTTY && usable(io.stdout.columns)) return io.stdout.columns;
  if (io.stderr.isTTY && usable(io.stderr.columns)) return io.stderr.columns;
  return DEFAULT_WIDTH;
}
