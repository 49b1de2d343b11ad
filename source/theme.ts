/**
 * Semantic colours. Components and printers name a meaning (`status.ga`,
 * `muted`), never a colour; this module maps meanings to colours and honours
 * NO_COLOR, FORCE_COLOR and --no-color through the chalk level it is given.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Status } from './data/schema.js';

export interface Theme {
  enabled: boolean;
  status: Record<Status, (s: string) => string>;
  heading: (s: string) => string;
  muted: (s: string) => string;
  accent: (s: string) => string;
  error: (s: string) => string;
  warning: (s: string) => string;
  selected: (s: string) => string;
}

/**
 * Colour names for the same meanings on the dashboard. `faint` is the
 * terminal's own foreground, dimmed (SGR 2): bright black (SGR 90) is the
 * background colour of Solarized Dark and near-white on some light themes, so
 * nothing quiet is drawn with it (docs/decisions/0009-colours-on-any-theme.md).
 */
export const INK_STATUS_COLOR: Record<Status, string> = {
  ga: 'green',
  preview: 'cyan',
  partial: 'yellow',
  none: 'red',
  unknown: 'faint',
};

export function makeTheme(level: 0 | 1 | 2 | 3): Theme {
  const c: ChalkInstance = new Chalk({ level });
  return {
    enabled: level > 0,
    status: { ga: c.green, preview: c.cyan, partial: c.yellow, none: c.red, unknown: c.dim },
    heading: c.bold,
    muted: c.dim,
    accent: c.cyan,
    error: c.red,
    warning: c.yellow,
    selected: c.inverse,
  };
}

/** Decides the colour level from the environment and flags. */
export function colorLevel(opts: { flag?: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): 0 | 1 | 2 | 3 {
  const { env } = opts;
  // An explicit --no-color on the command line wins over any environment.
  if (opts.flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') {
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!opts.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}
