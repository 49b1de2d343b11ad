/**
 * Makes untrusted text safe to draw in a terminal: control characters (C0, DEL,
 * C1 — so ESC, CSI, OSC, BEL), bidirectional overrides and zero-width characters
 * become visible escapes such as `\x1b` or `<U+202E>`, never raw bytes.
 */
// C0 except tab and newline, DEL, C1.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings/overrides/isolates, marks, zero-width and invisible formatting characters.
const INVISIBLES = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

const hex = (c: string, digits: number) => c.codePointAt(0)?.toString(16).padStart(digits, '0') ?? '';

/** Escapes what must never reach a terminal raw. Tabs become a space; newlines are kept. */
export function visible(text: string): string {
  return text
    .replace(CONTROLS, (c) => `\\x${hex(c, 2)}`)
    .replace(INVISIBLES, (c) => `<U+${hex(c, 4).toUpperCase()}>`)
    .replace(/\t/g, ' ');
}

/** For a single table cell: escaped, and line breaks folded to spaces. */
export function visibleLine(text: string): string {
  return visible(text).replace(/\r?\n/g, ' ');
}
