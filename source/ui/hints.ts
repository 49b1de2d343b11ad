/** Status-bar hints, generated from the keymap: the focused context's hinted commands that are available now. */
import stringWidth from 'string-width';
import type { ViewName } from '../views/types.js';
import { type Command, type CommandContext, type CommandId, KEYMAP, type KeyContext, keyFor } from './keys/keymap.js';

export interface Hint {
  id: CommandId;
  key: string;
  text: string;
  /** Kept (last) when the line is too narrow. */
  keep: boolean;
}

/**
 * The hinted commands of a context, in keymap order; a view's own commands
 * first, so they are never the ones cut off at a narrow width. With `now`,
 * commands that are not available leave their hint out.
 */
export function hintsFor(context: KeyContext, view?: ViewName, now?: CommandContext): Hint[] {
  const shown = (c: Command) =>
    c.hint !== undefined &&
    c.contexts.includes(context) &&
    (!c.hint.contexts || c.hint.contexts.includes(context)) &&
    (!c.views || (view !== undefined && c.views.includes(view))) &&
    (!now || c.disabled?.(now) === undefined);
  const hinted = KEYMAP.filter(shown);
  return [...hinted.filter((c) => c.views), ...hinted.filter((c) => !c.views)].map((c) => ({
    id: c.id,
    key: c.hint?.key ?? keyFor(c.id),
    text: c.hint?.text ?? '',
    keep: c.hint?.keep ?? false,
  }));
}

/** As many hints as fit in `width` cells, the kept ones (help, quit) last. */
export function fitHints(hints: readonly Hint[], width: number): Hint[] {
  const cost = (h: Hint) => stringWidth(`${h.key} ${h.text}`) + 2;
  const tail = hints.filter((h) => h.keep);
  const head = hints.filter((h) => !h.keep);
  let used = tail.reduce((a, h) => a + cost(h), 0);
  const out: Hint[] = [];
  for (const h of head) {
    if (used + cost(h) > width) break;
    out.push(h);
    used += cost(h);
  }
  return [...out, ...tail.filter(() => used <= width)];
}
