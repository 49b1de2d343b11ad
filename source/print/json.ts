/** JSON output: the documented object, pretty-printed, with nothing a terminal would act on. */

import { replaceUnsafe } from '../text/visible.js';

/**
 * JSON.stringify already escapes C0 controls; this also escapes, as `\uXXXX`,
 * every other character source/text/visible.ts would not let reach a terminal
 * raw (DEL, C1, bidi, default-ignorable, noncharacters, unassigned, …). The
 * escapes are lossless: a JSON parser reads back the original text.
 */
const escapeUnit = (c: string): string => {
  const cp = c.codePointAt(0) ?? 0;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  // Astral characters are written as their UTF-16 surrogate pair.
  return [...c.split('')].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
};

export function jsonText(value: unknown, indent = 2): string {
  return replaceUnsafe(JSON.stringify(value, null, indent), escapeUnit);
}

export function renderJson(value: unknown): string {
  return `${jsonText(value)}\n`;
}
