/** JSON output: the view's documented object, pretty-printed and stable. */
import type { BuiltView } from '../views/types.js';

/** C1 controls and bidi/zero-width characters are escaped too, so the output is safe on a terminal. */
export function renderJson(view: BuiltView): string {
  return `${JSON.stringify(view.json, null, 2).replace(/[\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)}\n`;
}
