/**
 * The caches of Ink's frame assembly, kept across frames and bounded by bytes. Ink makes them
 * afresh for every frame (and caches text wrapping and measuring by entry count); the build
 * patches Ink to use these instead (scripts/build.mjs, docs/decisions/0006-ink-frame-caches.md).
 * All are pure functions of the text, so what is drawn cannot change. A resize makes every line
 * new; the least recently used lines go first, so the lines of the last frames stay.
 */
import { type SizedCache, sizedCache } from '../text/sizedCache.js';

const MiB = 1024 * 1024;

/**
 * Heap bytes of one styled cell (Ink's `{ type, value, fullWidth, styles }` with its own styles
 * array), measured with `--expose-gc` on lines of the feature matrix: about 160.
 */
export const STYLED_CELL_BYTES = 160;

/** Each cache's budget. Styled cells: 8 MiB is about 52,000 cells, a full 400×120 frame and more. */
export const INK_CACHE_BYTES = {
  styledChars: 8 * MiB,
  widths: 1 * MiB,
  blockWidths: 1 * MiB,
  widestLine: 1 * MiB,
  sanitized: 1 * MiB,
  /** Each of Ink's two text-layout caches (wrapped texts, measured texts): source/ui/inkLru.ts. */
  textLayout: 1 * MiB,
} as const;

const NUMBER = () => 0;

/** A line's styled cells, by the line (Ink's `OutputCaches.styledChars`). */
export const styledChars: SizedCache<readonly unknown[]> = sizedCache(
  INK_CACHE_BYTES.styledChars,
  (cells) => 32 + STYLED_CELL_BYTES * cells.length,
);
/** A line's width in cells (Ink's `OutputCaches.widths`). */
export const widths: SizedCache<number> = sizedCache(INK_CACHE_BYTES.widths, NUMBER);
/** A block's widest line (Ink's `OutputCaches.blockWidths`). */
export const blockWidths: SizedCache<number> = sizedCache(INK_CACHE_BYTES.blockWidths, NUMBER);
/** A text node's widest line, for `render-node-to-output`. */
export const widestLine: SizedCache<number> = sizedCache(INK_CACHE_BYTES.widestLine, NUMBER);

/** `fn` of a text, memoised by the text in `cache` (every cache here holds a pure function of its key). */
function memoised<V extends {}>(cache: SizedCache<V>, fn: (text: string) => V): (text: string) => V {
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** `widest-line`, memoised in `widestLine`. */
export const cachedWidestLine = (measure: (text: string) => number) => memoised(widestLine, measure);

/** A text node's text with unsafe escape sequences taken out (Ink's `sanitizeAnsi`), by the text. */
export const sanitized: SizedCache<string> = sizedCache(INK_CACHE_BYTES.sanitized, (text) => 32 + 2 * text.length);

/**
 * Ink's `sanitizeAnsi`, memoised in `sanitized`: Ink runs it on every text node of every frame
 * (tokenizing each line's escape sequences again), though most lines are those of the last frame.
 */
export const cachedSanitize = (sanitize: (text: string) => string) => memoised(sanitized, sanitize);
