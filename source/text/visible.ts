/**
 * Makes untrusted text safe to draw in a terminal: control characters (C0, DEL,
 * C1 — so ESC, CSI, OSC, BEL), bidirectional overrides, zero-width characters,
 * Unicode tag characters (used to smuggle invisible text) and the line and
 * paragraph separators become visible escapes such as `\x1b` or `<U+202E>`,
 * never raw code points. A zero-width joiner inside an emoji sequence (👩‍💻) is
 * kept, so emoji stay whole.
 */
// C0 except tab and newline, DEL, C1.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi marks, embeddings, overrides and isolates; zero-width and invisible formatting
// characters; line/paragraph separators; tag characters. ZWJ (U+200D) is handled below.
const INVISIBLES =
  /[\u061c\u180e\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;
// A zero-width joiner not between two pictographs.
const LONE_ZWJ = /(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

const code = (c: string) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase();

/** Escapes what must never reach a terminal raw. Tabs become a space; newlines are kept. */
export function visible(text: string): string {
  return text
    .replace(CONTROLS, (c) => `\\x${code(c).toLowerCase().padStart(2, '0')}`)
    .replace(INVISIBLES, (c) => `<U+${code(c).padStart(4, '0')}>`)
    .replace(LONE_ZWJ, '<U+200D>')
    .replace(/\t/g, ' ');
}

/** For a single table cell: escaped, and line breaks folded to spaces. */
export function visibleLine(text: string): string {
  return visible(text).replace(/\r?\n/g, ' ');
}
