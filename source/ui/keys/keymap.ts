/**
 * The one keymap: every command's id, keys, description, category, the
 * contexts it works in, when it is available (and why not), its hint, and the
 * action it dispatches. Key handling (useDispatcher.ts), the help overlay and
 * the status-bar hints are all generated from this table, so they cannot
 * disagree; prose names keys through `keyFor`.
 */

import type { ViewName } from '../../views/types.js';
import type { Screen } from '../screenOf.js';
import type { Action, NavState, ReducedCommand } from '../state/reducer.js';
import { matchLines } from '../state/screen.js';
import { targetAt } from '../views/table/target.js';

/** Where focus is; each command lists the contexts it answers in. */
export type KeyContext = 'table' | 'evidence' | 'help' | 'picker' | 'search' | 'prompt' | 'confirm';

export type CommandId =
  | 'view.next'
  | 'view.prev'
  | 'view.goto'
  | 'cursor.up'
  | 'cursor.down'
  | 'cursor.left'
  | 'cursor.right'
  | 'col.first'
  | 'col.last'
  | 'evidence.prev'
  | 'evidence.next'
  | 'filter.status'
  | 'page.down'
  | 'page.up'
  | 'half.down'
  | 'half.up'
  | 'jump.top'
  | 'jump.bottom'
  | 'open'
  | 'close'
  | 'search.start'
  | 'search.next'
  | 'search.prev'
  | 'search.accept'
  | 'search.backspace'
  | 'search.clear'
  | 'vendors.open'
  | 'picker.toggle'
  | 'picker.all'
  | 'picker.only'
  | 'diff.toggle'
  | 'sort.cycle'
  | 'fold.toggle'
  | 'fold.all'
  | 'help.toggle'
  | 'weight.up'
  | 'weight.down'
  | 'weight.off'
  | 'weights.reset'
  | 'quadrant.toggle'
  | 'require.toggle'
  | 'source.copy'
  | 'source.open'
  | 'save.start'
  | 'prompt.accept'
  | 'prompt.backspace'
  | 'prompt.cancel'
  | 'prompt.yes'
  | 'prompt.no'
  | 'quit'
  | 'interrupt';

/** Keys with a name rather than a character. */
export const NAMED_KEYS = [
  'up',
  'down',
  'left',
  'right',
  'pgup',
  'pgdn',
  'home',
  'end',
  'enter',
  'esc',
  'tab',
  'space',
  'backspace',
] as const;
export type NamedKey = (typeof NAMED_KEYS)[number];

type Lower =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z';
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type Punctuation = '?' | '/' | '[' | ']' | '+' | '-' | '=' | '$' | '!';

/** A key as the keymap writes it: a character, a named key, Ctrl with a letter (`C-f`), or Shift-Tab. A typo does not compile. */
export type KeySpec = NamedKey | Lower | Uppercase<Lower> | Digit | Punctuation | `C-${Lower}` | 'S-tab';

/** What availability and handlers see: the navigation state and what the frame shows. */
export interface CommandContext {
  state: NavState;
  screen: Screen;
}

export interface Command {
  id: CommandId;
  keys: readonly KeySpec[];
  /** How the help overlay names the keys, when listing them one by one would be noise (`1–7`). */
  label?: string;
  description: string;
  category: (typeof CATEGORIES)[number];
  contexts: readonly KeyContext[];
  /** The status-bar hint; commands without one are only in help. */
  hint?: Hint;
  /** Only in these views (the scorecard's weight keys); every view when absent. */
  views?: readonly ViewName[];
  /** Why the command does nothing here (shown in the status line, and its hint hidden); undefined when it is available. */
  disabled?: (c: CommandContext) => string | undefined;
  /** The action a key press dispatches; by default the command itself, with the key pressed as its argument. */
  action?: (c: CommandContext, pressed: Pressed) => Action | null;
}

/** The command a key press matched, and the key. */
export interface Pressed {
  id: CommandId;
  key: KeySpec;
}

/** How a command appears in the status-bar hints. */
export interface Hint {
  text: string;
  /** The key shown; the command's first key when absent. */
  key?: string;
  /** Only when focus is in one of these contexts; every context of the command when absent. */
  contexts?: readonly KeyContext[];
  /** Kept (last) when the line is too narrow for every hint. */
  keep?: boolean;
}

/** Fold commands need categories. */
const noGroups = ({ screen }: CommandContext) =>
  screen.shaped.groups.length > 0 ? undefined : 'No categories to fold in this view';

/** The weight keys act on the category under the cursor. */
const weigh = ({ screen }: CommandContext, { id }: Pressed): Action | null => {
  const line = screen.shaped.lines[screen.nav.row];
  return isReduced(id)
    ? { type: 'command', id, arg: line?.kind === 'row' ? line.row.id : undefined, bounds: screen.bounds }
    : null;
};

/** The search box's text changed: the matches are found for the new text before the reducer moves to them. */
const searchFor = (text: string, screen: Screen): Action => ({
  type: 'search.type',
  text,
  bounds: { ...screen.bounds, matches: matchLines(screen.open.lines, text) },
});

const NOT_REDUCED: readonly CommandId[] = [
  'open',
  'search.backspace',
  'prompt.backspace',
  'evidence.prev',
  'evidence.next',
];
const isReduced = (id: CommandId): id is ReducedCommand => !NOT_REDUCED.includes(id);

/** Stepping sideways in the evidence pane needs a claim: a cell of a vendor column. */
const notAClaim = ({ state }: CommandContext) =>
  state.overlay?.kind === 'evidence' && state.overlay.target.kind === 'cell'
    ? undefined
    : "Only a claim's evidence steps to the neighbouring vendor";

/** The evidence of the neighbouring vendor's cell on the cursor row (`dir` −1 left, +1 right). */
const step =
  (dir: -1 | 1) =>
  ({ state, screen }: CommandContext): Action => {
    const { nav, p, shaped } = screen;
    const last = p.columns.length - 1;
    for (let col = nav.col + dir; col >= 0 && col <= last; col += dir) {
      if (p.columns[col]?.vendor === undefined) continue;
      const target = targetAt(state.view, p, shaped.lines, nav.row, col);
      if (target?.kind === 'cell') return { type: 'peek', col, target, bounds: screen.bounds };
    }
    return { type: 'message', text: `No vendor to the ${dir < 0 ? 'left' : 'right'}`, bounds: screen.bounds };
  };

/** What the scorecard's own commands share: the table context, only in that view. */
const SCORECARD = { category: 'Scorecard', contexts: ['table'], views: ['scorecard'] } as const;

const TABLE_LIKE: readonly KeyContext[] = ['table', 'evidence', 'help', 'picker'];
const SCROLLERS = TABLE_LIKE;

export const CATEGORIES = [
  'Views',
  'Move',
  'Find and filter',
  'Evidence',
  'Vendor picker',
  'Search box',
  'Save',
  'Scorecard',
  'General',
] as const;

export const KEYMAP: readonly Command[] = [
  {
    id: 'view.next',
    keys: ['tab', ']'],
    description: 'Next view',
    category: 'Views',
    contexts: ['table'],
    hint: { text: 'view' },
  },
  { id: 'view.prev', keys: ['S-tab', '['], description: 'Previous view', category: 'Views', contexts: ['table'] },
  {
    id: 'view.goto',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8'],
    label: '1–8',
    description: 'Go to view by number',
    category: 'Views',
    contexts: ['table'],
  },
  {
    id: 'cursor.up',
    keys: ['up', 'k'],
    description: 'Move up (scroll in a pane)',
    category: 'Move',
    contexts: SCROLLERS,
    hint: { text: 'scroll', key: 'j/k', contexts: ['evidence', 'help', 'picker'] },
  },
  { id: 'cursor.down', keys: ['down', 'j'], description: 'Move down', category: 'Move', contexts: SCROLLERS },
  {
    id: 'cursor.left',
    keys: ['left', 'h'],
    description: 'Move left (vendor columns scroll)',
    category: 'Move',
    contexts: ['table'],
  },
  { id: 'cursor.right', keys: ['right', 'l'], description: 'Move right', category: 'Move', contexts: ['table'] },
  { id: 'col.first', keys: ['0'], description: 'First column', category: 'Move', contexts: ['table'] },
  { id: 'col.last', keys: ['$'], description: 'Last column', category: 'Move', contexts: ['table'] },
  { id: 'page.down', keys: ['pgdn', 'C-f'], description: 'Page down', category: 'Move', contexts: SCROLLERS },
  { id: 'page.up', keys: ['pgup', 'C-b'], description: 'Page up', category: 'Move', contexts: SCROLLERS },
  { id: 'half.down', keys: ['C-d'], description: 'Half a page down', category: 'Move', contexts: SCROLLERS },
  { id: 'half.up', keys: ['C-u'], description: 'Half a page up', category: 'Move', contexts: SCROLLERS },
  { id: 'jump.top', keys: ['g', 'home'], description: 'First row', category: 'Move', contexts: SCROLLERS },
  { id: 'jump.bottom', keys: ['G', 'end'], description: 'Last row', category: 'Move', contexts: SCROLLERS },
  {
    id: 'open',
    keys: ['enter'],
    description: 'Open evidence for the cell or row (a source lists its claims)',
    category: 'Evidence',
    contexts: ['table'],
    hint: { text: 'evidence' },
    // Enter on a category header folds it, as z does.
    action: ({ state, screen }) =>
      screen.shaped.lines[screen.nav.row]?.kind === 'group'
        ? { type: 'command', id: 'fold.toggle', bounds: screen.bounds }
        : {
            type: 'open',
            target: targetAt(state.view, screen.p, screen.shaped.lines, screen.nav.row, screen.nav.col),
            bounds: screen.bounds,
          },
  },
  {
    id: 'evidence.prev',
    keys: ['left', 'h'],
    description: "The neighbouring vendor's claim on the left, without closing the pane",
    category: 'Evidence',
    contexts: ['evidence'],
    hint: { text: 'vendor', key: 'h/l' },
    disabled: notAClaim,
    action: step(-1),
  },
  {
    id: 'evidence.next',
    keys: ['right', 'l'],
    description: "The neighbouring vendor's claim on the right, without closing the pane",
    category: 'Evidence',
    contexts: ['evidence'],
    disabled: notAClaim,
    action: step(1),
  },
  {
    id: 'close',
    keys: ['esc'],
    description: 'Close the pane or overlay; clear the search',
    category: 'Evidence',
    contexts: ['table', 'evidence', 'help', 'picker'],
    hint: { text: 'close' },
    disabled: ({ state }) => (state.overlay || state.search.query ? undefined : 'Nothing to close'),
  },
  {
    id: 'source.copy',
    keys: ['y'],
    description: 'Copy the source link: the first shown in the pane, or the cell’s first (OSC 52)',
    category: 'Evidence',
    contexts: ['table', 'evidence'],
    hint: { text: 'copy link', contexts: ['evidence'] },
  },
  {
    id: 'source.open',
    keys: ['o'],
    description: 'Open the source link in the browser: the first shown in the pane, or the cell’s first',
    category: 'Evidence',
    contexts: ['table', 'evidence'],
    hint: { text: 'open link', contexts: ['evidence'] },
  },
  {
    id: 'search.start',
    keys: ['/'],
    description: 'Search features and notes as you type',
    category: 'Find and filter',
    contexts: ['table'],
    hint: { text: 'search' },
  },
  { id: 'search.next', keys: ['n'], description: 'Next match', category: 'Find and filter', contexts: ['table'] },
  { id: 'search.prev', keys: ['N'], description: 'Previous match', category: 'Find and filter', contexts: ['table'] },
  {
    id: 'vendors.open',
    keys: ['v'],
    description: 'Choose which vendors to show',
    category: 'Find and filter',
    contexts: ['table'],
    hint: { text: 'vendors' },
  },
  {
    id: 'diff.toggle',
    keys: ['d'],
    description: 'Differences only: hide rows where all shown vendors agree',
    category: 'Find and filter',
    contexts: ['table'],
    hint: { text: 'diff' },
    disabled: ({ screen }) =>
      screen.p.statusCols.length > 0 ? undefined : 'Differences only applies to views of statuses (Features, Compute)',
  },
  {
    id: 'filter.status',
    keys: ['f'],
    description: 'Only rows where a shown vendor has a status: GA, Preview, Partial, None, Unknown, then all rows',
    category: 'Find and filter',
    contexts: ['table'],
    hint: { text: 'status' },
    disabled: ({ screen }) =>
      screen.p.statusCols.length > 0 ? undefined : 'Filter by status applies to views of statuses (Features, Compute)',
  },
  {
    id: 'sort.cycle',
    keys: ['s'],
    description: 'Sort by the cursor column: ascending, descending, off',
    category: 'Find and filter',
    contexts: ['table'],
    hint: { text: 'sort' },
  },
  {
    id: 'fold.toggle',
    keys: ['z', 'space'],
    description: 'Fold or unfold the category under the cursor',
    category: 'Find and filter',
    contexts: ['table'],
    hint: { text: 'fold' },
    disabled: noGroups,
  },
  {
    id: 'fold.all',
    keys: ['Z'],
    description: 'Fold or unfold every category',
    category: 'Find and filter',
    contexts: ['table'],
    disabled: noGroups,
  },
  {
    id: 'picker.toggle',
    keys: ['space', 'x', 'enter'],
    description: 'Show or hide the vendor under the cursor',
    category: 'Vendor picker',
    contexts: ['picker'],
    hint: { text: 'toggle' },
  },
  {
    id: 'picker.all',
    keys: ['a'],
    description: 'Show every vendor',
    category: 'Vendor picker',
    contexts: ['picker'],
    hint: { text: 'all' },
  },
  {
    id: 'picker.only',
    keys: ['o'],
    description: 'Show only the vendor under the cursor',
    category: 'Vendor picker',
    contexts: ['picker'],
    hint: { text: 'only' },
  },
  {
    id: 'search.accept',
    keys: ['enter'],
    description: 'Keep the search and return to the table',
    category: 'Search box',
    contexts: ['search'],
    hint: { text: 'keep' },
  },
  {
    id: 'search.backspace',
    keys: ['backspace'],
    description: 'Delete a character',
    category: 'Search box',
    contexts: ['search'],
    action: ({ state, screen }) => searchFor([...state.search.query].slice(0, -1).join(''), screen),
  },
  {
    id: 'search.clear',
    keys: ['esc'],
    description: 'Clear the search',
    category: 'Search box',
    contexts: ['search'],
    hint: { text: 'clear' },
  },
  {
    id: 'save.start',
    keys: ['C-s'],
    description: 'Save the view as shown (.md, .csv, .json or .txt); asks before replacing a file',
    category: 'Save',
    contexts: ['table'],
    hint: { text: 'save' },
  },
  {
    id: 'prompt.accept',
    keys: ['enter'],
    description: 'Save to the path typed',
    category: 'Save',
    contexts: ['prompt'],
    hint: { text: 'save' },
  },
  {
    id: 'prompt.backspace',
    keys: ['backspace'],
    description: 'Delete a character of the path',
    category: 'Save',
    contexts: ['prompt'],
    action: ({ state, screen }) =>
      state.prompt?.kind === 'path'
        ? {
            type: 'prompt',
            prompt: { kind: 'path', text: [...state.prompt.text].slice(0, -1).join('') },
            bounds: screen.bounds,
          }
        : null,
  },
  {
    id: 'prompt.yes',
    keys: ['y'],
    description: 'Replace the file that exists',
    category: 'Save',
    contexts: ['confirm'],
    hint: { text: 'replace' },
  },
  {
    id: 'prompt.no',
    keys: ['n'],
    description: 'Keep the file that exists (nothing is saved)',
    category: 'Save',
    contexts: ['confirm'],
    hint: { text: 'keep' },
  },
  {
    id: 'prompt.cancel',
    keys: ['esc'],
    description: 'Cancel saving',
    category: 'Save',
    contexts: ['prompt', 'confirm'],
    hint: { text: 'cancel' },
  },
  {
    id: 'weight.up',
    keys: ['+', '='],
    description: 'Scorecard: weigh the category under the cursor more (+1)',
    ...SCORECARD,
    hint: { text: 'more' },
    action: weigh,
  },
  {
    id: 'weight.down',
    keys: ['-'],
    description: 'Scorecard: weigh the category under the cursor less (−1, down to 0)',
    ...SCORECARD,
    hint: { text: 'less' },
    action: weigh,
  },
  {
    id: 'weight.off',
    keys: ['x'],
    description: 'Scorecard: exclude the category under the cursor (weight 0; + brings it back)',
    ...SCORECARD,
    hint: { text: 'exclude' },
    action: weigh,
  },
  {
    id: 'weights.reset',
    keys: ['r'],
    description: 'Scorecard: put the weights back to where they started (--weights, else equal)',
    ...SCORECARD,
  },
  {
    id: 'quadrant.toggle',
    keys: ['c'],
    description: 'Scorecard: show the quadrant chart instead of the scores (when both do not fit)',
    ...SCORECARD,
    hint: { text: 'quadrant' },
  },
  {
    id: 'require.toggle',
    keys: ['!'],
    description:
      'Make the row under the cursor a must-have, or not: Scorecard and Overview eliminate vendors lacking it',
    category: 'Find and filter',
    contexts: ['table'],
    views: ['features', 'compute'],
    hint: { text: 'must-have' },
    disabled: ({ screen }) =>
      screen.shaped.lines[screen.nav.row]?.kind === 'row'
        ? undefined
        : 'Put the cursor on a row to make it a must-have',
    action: ({ screen }) => {
      const line = screen.shaped.lines[screen.nav.row];
      return line?.kind === 'row'
        ? { type: 'command', id: 'require.toggle', arg: line.row.id, bounds: screen.bounds }
        : null;
    },
  },
  {
    id: 'help.toggle',
    keys: ['?'],
    description: 'Show or hide this help',
    category: 'General',
    contexts: TABLE_LIKE,
    hint: { text: 'help', keep: true },
  },
  {
    id: 'quit',
    keys: ['q'],
    description: 'Quit',
    category: 'General',
    contexts: TABLE_LIKE,
    hint: { text: 'quit', keep: true },
  },
  {
    id: 'interrupt',
    keys: ['C-c'],
    description: 'Quit (from anywhere)',
    category: 'General',
    contexts: [...TABLE_LIKE, 'search', 'prompt', 'confirm'],
  },
];

const NAMES: Record<NamedKey, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pgup: 'PgUp',
  pgdn: 'PgDn',
  enter: 'Enter',
  esc: 'Esc',
  tab: 'Tab',
  space: 'Space',
  home: 'Home',
  end: 'End',
  backspace: 'Backspace',
};

const isNamed = (spec: string): spec is NamedKey => (NAMED_KEYS as readonly string[]).includes(spec);

/** How a key spec is written for people: `C-f` → `Ctrl-f`, `S-tab` → `Shift-Tab`, `up` → `↑`. */
export function keyLabel(spec: KeySpec): string {
  if (spec.startsWith('C-')) return `Ctrl-${spec.slice(2)}`;
  if (spec === 'S-tab') return 'Shift-Tab';
  return isNamed(spec) ? NAMES[spec] : spec;
}

/** The keys of a command as help shows them. */
export function keysLabel(cmd: Command): string {
  return cmd.label ?? cmd.keys.map(keyLabel).join(' ');
}

const BY_ID = new Map(KEYMAP.map((c) => [c.id, c]));

/** The command with this id (every id has one; the keymap test checks it). */
function commandOf(id: CommandId): Command {
  return BY_ID.get(id) as Command;
}

/** The first key of a command as people read it, for prose: `keyFor('open')` → `Enter`. */
export function keyFor(id: CommandId): string {
  const cmd = commandOf(id);
  return cmd.label ?? keyLabel(cmd.keys[0] as KeySpec);
}

/** What a key press dispatches: the command's action, or the reason it is not available here. */
export function actionFor(cmd: Command, c: CommandContext, key: KeySpec): Action | null {
  const why = cmd.disabled?.(c);
  if (why !== undefined) return { type: 'message', text: why, bounds: c.screen.bounds };
  if (cmd.action) return cmd.action(c, { id: cmd.id, key });
  return isReduced(cmd.id) ? { type: 'command', id: cmd.id, arg: key, bounds: c.screen.bounds } : null;
}
