/**
 * Terminal width of a string, as `string-width` measures it, with a fast path for text
 * made only of code points that are one cell wide on their own and never join a cluster
 * (ASCII, Latin, Greek, Cyrillic, punctuation, arrows, box drawing, the dashboard's status
 * glyphs), with or without colour codes. Only other text loads `string-width`, whose module
 * builds a grapheme segmenter and whose first non-ASCII call compiles the emoji regex:
 * together ~110 ms of CPU before the first frame (docs/performance.md). The production
 * bundle gives this function to every importer of `string-width`, Ink included.
 */
import { createRequire } from 'node:module';

type StringWidth = (text: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

let full: StringWidth | undefined;
/** The real `string-width`, loaded on first need (require of an ES module: Node >= 22.12). */
function stringWidth(): StringWidth {
  full ??= (createRequire(import.meta.url)('string-width') as { default: StringWidth }).default;
  return full;
}

/**
 * Pairs of [first, last] code points, sorted: each is one cell wide alone, and none is a mark,
 * control, format or emoji-presentation character, so no two of them form one grapheme.
 * test/text/width.test.ts checks every one against `string-width`.
 */
// biome-ignore format: a table
export const NARROW = new Uint32Array([
  0x20, 0x7e, 0xa0, 0xac, 0xae, 0x2ff, 0x370, 0x377, 0x37a, 0x37f, 0x384, 0x38a, 0x38c, 0x38c, 0x38e, 0x3a1,
  0x3a3, 0x482, 0x48a, 0x52f, 0x2010, 0x2029, 0x202f, 0x205e, 0x2070, 0x2071, 0x2074, 0x208e, 0x2090, 0x209c,
  0x20a0, 0x20c0, 0x2100, 0x218b, 0x2190, 0x2319, 0x231c, 0x2328, 0x232b, 0x23e8, 0x23ed, 0x23ef,
  0x23f1, 0x23f2, 0x23f4, 0x23ff, 0x2460, 0x25fc, 0x25ff, 0x2613, 0x2616, 0x262f, 0x2638, 0x2647,
  0x2654, 0x267e, 0x2680, 0x2689, 0x2690, 0x2692, 0x2694, 0x26a0, 0x26a2, 0x26a9, 0x26ac, 0x26bc,
  0x26bf, 0x26c3, 0x26c6, 0x26cd, 0x26cf, 0x26d3, 0x26d5, 0x26e9, 0x26eb, 0x26f1, 0x26f4, 0x26f4,
  0x26f6, 0x26f9, 0x26fb, 0x26fc, 0x26fe, 0x2704, 0x2706, 0x2709, 0x270c, 0x2727, 0x2729, 0x274b,
  0x274d, 0x274d, 0x274f, 0x2752, 0x2756, 0x2756, 0x2758, 0x2794, 0x2798, 0x27af, 0x27b1, 0x27be,
  0x2800, 0x2b1a, 0x2b1d, 0x2b4f, 0x2b51, 0x2b54, 0x2b56, 0x2b73, 0x2b76, 0x2bff,
]);

function isNarrow(cp: number): boolean {
  let lo = 0;
  let hi = NARROW.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (NARROW[mid * 2] as number)) hi = mid - 1;
    else if (cp > (NARROW[mid * 2 + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

// Colour and style codes (SGR), which take no cells.
const SGR = /\u001b\[[0-9;:]*m/g;

/** The width of `text` from the table alone, or undefined when `string-width` must decide. */
export function narrowWidth(text: string): number | undefined {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) width++;
    else if (c < 0xd800 || c > 0xdfff ? isNarrow(c) : false) width++;
    else return undefined;
  }
  return width;
}

/** Drop-in for `string-width`. */
export default function width(
  text: string,
  options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean },
): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  // With `countAnsiEscapeCodes`, text without escape codes measures the same (wrap-ansi asks so).
  if (
    !options ||
    (options.ambiguousIsNarrow !== false && (!options.countAnsiEscapeCodes || !text.includes('\u001b')))
  ) {
    const w = narrowWidth(text);
    if (w !== undefined) return w;
  }
  return stringWidth()(text, options);
}
