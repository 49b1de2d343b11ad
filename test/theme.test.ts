import { describe, expect, it } from 'vitest';
import { colorLevel } from '../source/theme.js';

describe('colorLevel', () => {
  it.each([
    [{ isTTY: true, env: {} }, 1],
    [{ isTTY: false, env: {} }, 0],
    [{ isTTY: true, env: { NO_COLOR: '1' } }, 0],
    [{ isTTY: true, env: { TERM: 'dumb' } }, 0],
    [{ isTTY: false, env: { FORCE_COLOR: '1' } }, 1],
    [{ isTTY: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, 1],
    [{ isTTY: true, env: { FORCE_COLOR: '1' }, flag: false }, 0],
    [{ isTTY: true, env: { TERM: 'xterm-256color' } }, 2],
    [{ isTTY: true, env: { COLORTERM: 'truecolor' } }, 3],
  ] as const)('%j → level %i', (opts, level) => {
    expect(colorLevel({ ...opts, env: { ...opts.env } })).toBe(level);
  });
});
