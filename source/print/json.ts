/** JSON output: the documented object, pretty-printed, with nothing a terminal would act on. */

/**
 * JSON.stringify already escapes C0 controls; this also escapes DEL, C1 controls
 * (0x9b is a one-byte CSI on some terminals), bidi embeddings/overrides/isolates,
 * zero-width and invisible formatting characters, line/paragraph separators and
 * Unicode tag characters. The escapes are lossless: a JSON parser reads back the
 * original text.
 */
const UNSAFE =
  /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;

const escapeUnit = (c: string): string => {
  const cp = c.codePointAt(0) ?? 0;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  // Astral characters are written as their UTF-16 surrogate pair.
  return [...c.split('')].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
};

export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, escapeUnit);
}

export function renderJson(value: unknown): string {
  return `${jsonText(value)}\n`;
}
