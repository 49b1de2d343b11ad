/**
 * Makes untrusted text safe to draw in a terminal. These become visible
 * escapes such as `\x1b` or `<U+202E>`, never raw code points:
 *
 * - control characters (C0 but tab and newline, DEL, C1 — so ESC, CSI, OSC, BEL);
 * - every Default_Ignorable_Code_Point: bidi marks, embeddings, overrides and
 *   isolates, zero-width and invisible formatting characters, the soft hyphen,
 *   the combining grapheme joiner, Hangul fillers, Mongolian and other
 *   variation selectors, musical formatting characters, Khmer inherent vowels,
 *   tag characters — string-width counts them as no cells, while terminals draw
 *   some of them as one;
 * - Hangul conjoining vowels and finals (U+1160–U+11FF, U+D7B0–U+D7FF), which
 *   string-width counts as none and terminals outside a syllable draw as one;
 * - line and paragraph separators, noncharacters (U+FFFE, U+FFFF, …), lone
 *   surrogates and unassigned code points.
 *
 * Kept: a zero-width joiner between two pictographs and a VS16 after a
 * character that is drawn as an emoji anyway, so emoji sequences (👩‍💻) stay
 * whole. A VS16 that would turn a text character into a wide emoji (❤️) is
 * exactly where terminals and string-width disagree, so it is escaped.
 */
// C0 except tab and newline, DEL, C1.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Everything escaped as <U+XXXX>; ZWJ (U+200D) and VS16 (U+FE0F) are decided by their neighbours below.
const INVISIBLES =
  /(?![\u200d\ufe0f])[\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\p{Cs}\p{Cn}\u1160-\u11ff\ud7b0-\ud7ff\u2028\u2029\ufff9-\ufffb]/gu;
// A zero-width joiner not between two pictographs.
const LONE_ZWJ = /(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
// A VS16 not after a character that is an emoji by default.
const WIDENING_VS16 = /(?<!\p{Emoji_Presentation})\ufe0f/gu;

const code = (c: string) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase();
const escaped = (c: string) => `<U+${code(c).padStart(4, '0')}>`;
const shownControl = (c: string) => `\\x${code(c).toLowerCase().padStart(2, '0')}`;

/** `text` with each character `visible` would escape replaced by `replace(character)`. */
export function replaceUnsafe(text: string, replace: (c: string) => string, control = replace): string {
  return text
    .replace(CONTROLS, control)
    .replace(INVISIBLES, replace)
    .replace(WIDENING_VS16, replace)
    .replace(LONE_ZWJ, replace);
}

/** Escapes what must never reach a terminal raw. Tabs become a space; newlines are kept. */
export function visible(text: string): string {
  return replaceUnsafe(text, escaped, shownControl).replace(/\t/g, ' ');
}

/** For a single table cell: escaped, and line breaks folded to spaces. */
export function visibleLine(text: string): string {
  return visible(text).replace(/\r?\n/g, ' ');
}
