/** Turns an Ink key event into a command of the keymap, for the focused context. */
import type { Key } from 'ink';
import type { ViewName } from '../../views/types.js';
import { type Command, KEYMAP, type KeyContext, type KeySpec } from './keymap.js';

/** Whether an Ink key event is the key a spec names. */
export function keyMatches(spec: KeySpec, input: string, key: Key): boolean {
  if (spec.startsWith('C-') && spec.length > 2) {
    return key.ctrl && input.toLowerCase() === spec.slice(2);
  }
  if (key.ctrl) return false;
  switch (spec) {
    case 'up':
      return key.upArrow;
    case 'down':
      return key.downArrow;
    case 'left':
      return key.leftArrow;
    case 'right':
      return key.rightArrow;
    case 'pgup':
      return key.pageUp;
    case 'pgdn':
      return key.pageDown;
    case 'home':
      return key.home;
    case 'end':
      return key.end;
    case 'enter':
      return key.return;
    case 'esc':
      return key.escape;
    case 'tab':
      return key.tab && !key.shift;
    case 'S-tab':
      return key.tab && key.shift;
    case 'space':
      return input === ' ';
    // Ink 6 reports the Backspace key as `delete` (it sends DEL, 0x7f).
    case 'backspace':
      return key.backspace || key.delete;
    default:
      return !key.tab && !key.return && !key.escape && input === spec;
  }
}

export interface Matched {
  command: Command;
  /** The spec that matched (for `view.goto`, the digit). */
  spec: KeySpec;
}

/** The first command of the focused context (and, for view-bound commands, the view) whose key this is. */
export function matchCommand(context: KeyContext, input: string, key: Key, view?: ViewName): Matched | undefined {
  for (const command of KEYMAP) {
    if (!command.contexts.includes(context)) continue;
    if (command.views && (view === undefined || !command.views.includes(view))) continue;
    for (const spec of command.keys) if (keyMatches(spec, input, key)) return { command, spec };
  }
  return undefined;
}
