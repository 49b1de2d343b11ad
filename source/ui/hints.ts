/** Status-bar hints, generated from the keymap for the focused context. */
import stringWidth from 'string-width';
import type { ViewName } from '../views/types.js';
import { type Command, type CommandId, KEYMAP, type KeyContext, keyLabel } from './keys/keymap.js';

export interface Hint {
  id: CommandId;
  key: string;
  text: string;
}

/** The hinted commands of a context, in keymap order, minus any the current view cannot use. */
export function hintsFor(context: KeyContext, skip: readonly CommandId[] = [], view?: ViewName): Hint[] {
  // Moving needs no hint in the table; in panes and the picker it is worth saying that j/k scroll.
  const skipped = context === 'table' ? [...skip, 'cursor.up'] : skip;
  const inView = (c: Command) => !c.views || (view !== undefined && c.views.includes(view));
  const hinted = KEYMAP.filter((c) => c.hint && c.contexts.includes(context) && !skipped.includes(c.id) && inView(c));
  // A view's own commands come first, so they are never the ones cut off at a narrow width.
  return [...hinted.filter((c) => c.views), ...hinted.filter((c) => !c.views)].map((c) => ({
    id: c.id,
    key: c.label ?? (c.id === 'cursor.up' ? 'j/k' : keyLabel(c.keys[0] ?? '')),
    text: c.hint as string,
  }));
}

/** As many hints as fit in `width` cells, help and quit kept last. */
export function fitHints(hints: readonly Hint[], width: number): Hint[] {
  const cost = (h: Hint) => stringWidth(`${h.key} ${h.text}`) + 2;
  const tail = hints.filter((h) => h.id === 'help.toggle' || h.id === 'quit');
  const head = hints.filter((h) => !tail.includes(h));
  let used = tail.reduce((a, h) => a + cost(h), 0);
  const out: Hint[] = [];
  for (const h of head) {
    if (used + cost(h) > width) break;
    out.push(h);
    used += cost(h);
  }
  return [...out, ...tail.filter(() => used <= width)];
}
