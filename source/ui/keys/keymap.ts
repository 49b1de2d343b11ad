/**
 * The one keymap: every command's id, keys, description, category and the
 * contexts it works in. Key handling (dispatch.ts), the help overlay and the
 * status-bar hints are all generated from this table, so they cannot disagree.
 */

/** Where focus is; each command lists the contexts it answers in. */
export type KeyContext = 'table' | 'evidence' | 'help' | 'picker' | 'search';

export type CommandId =
  | 'view.next'
  | 'view.prev'
  | 'view.goto'
  | 'cursor.up'
  | 'cursor.down'
  | 'cursor.left'
  | 'cursor.right'
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
  | 'quit'
  | 'interrupt';

export interface Command {
  id: CommandId;
  /** Key specs: a character (`k`, `?`), a named key (`up`, `pgdn`, `enter`, `esc`, `tab`, `space`, `home`, `end`, `backspace`), prefixed with `C-` for Ctrl or `S-` for Shift. */
  keys: readonly string[];
  /** How the help overlay names the keys, when listing them one by one would be noise (`1–7`). */
  label?: string;
  description: string;
  category: string;
  contexts: readonly KeyContext[];
  /** A short word for the status-bar hints; commands without one are only in help. */
  hint?: string;
  /** Only in these views (the scorecard's weight keys); every view when absent. */
  views?: readonly ViewName[];
}

import type { ViewName } from '../../views/types.js';

const TABLE_LIKE: readonly KeyContext[] = ['table', 'evidence', 'help', 'picker'];
const SCROLLERS: readonly KeyContext[] = ['table', 'evidence', 'help', 'picker'];

export const CATEGORIES = [
  'Views',
  'Move',
  'Find and filter',
  'Evidence',
  'Vendor picker',
  'Search box',
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
    hint: 'view',
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
    hint: 'scroll',
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
    hint: 'evidence',
  },
  {
    id: 'close',
    keys: ['esc'],
    description: 'Close the pane or overlay; clear the search',
    category: 'Evidence',
    contexts: ['table', 'evidence', 'help', 'picker'],
    hint: 'close',
  },
  {
    id: 'search.start',
    keys: ['/'],
    description: 'Search features and notes as you type',
    category: 'Find and filter',
    contexts: ['table'],
    hint: 'search',
  },
  { id: 'search.next', keys: ['n'], description: 'Next match', category: 'Find and filter', contexts: ['table'] },
  { id: 'search.prev', keys: ['N'], description: 'Previous match', category: 'Find and filter', contexts: ['table'] },
  {
    id: 'vendors.open',
    keys: ['v'],
    description: 'Choose which vendors to show',
    category: 'Find and filter',
    contexts: ['table'],
    hint: 'vendors',
  },
  {
    id: 'diff.toggle',
    keys: ['d'],
    description: 'Differences only: hide rows where all shown vendors agree',
    category: 'Find and filter',
    contexts: ['table'],
    hint: 'diff',
  },
  {
    id: 'sort.cycle',
    keys: ['s'],
    description: 'Sort by the cursor column: ascending, descending, off',
    category: 'Find and filter',
    contexts: ['table'],
    hint: 'sort',
  },
  {
    id: 'fold.toggle',
    keys: ['z', 'space'],
    description: 'Fold or unfold the category under the cursor',
    category: 'Find and filter',
    contexts: ['table'],
    hint: 'fold',
  },
  {
    id: 'fold.all',
    keys: ['Z'],
    description: 'Fold or unfold every category',
    category: 'Find and filter',
    contexts: ['table'],
  },
  {
    id: 'picker.toggle',
    keys: ['space', 'x', 'enter'],
    description: 'Show or hide the vendor under the cursor',
    category: 'Vendor picker',
    contexts: ['picker'],
    hint: 'toggle',
  },
  {
    id: 'picker.all',
    keys: ['a'],
    description: 'Show every vendor',
    category: 'Vendor picker',
    contexts: ['picker'],
    hint: 'all',
  },
  {
    id: 'picker.only',
    keys: ['o'],
    description: 'Show only the vendor under the cursor',
    category: 'Vendor picker',
    contexts: ['picker'],
    hint: 'only',
  },
  {
    id: 'search.accept',
    keys: ['enter'],
    description: 'Keep the search and return to the table',
    category: 'Search box',
    contexts: ['search'],
    hint: 'keep',
  },
  {
    id: 'search.backspace',
    keys: ['backspace'],
    description: 'Delete a character',
    category: 'Search box',
    contexts: ['search'],
  },
  {
    id: 'search.clear',
    keys: ['esc'],
    description: 'Clear the search',
    category: 'Search box',
    contexts: ['search'],
    hint: 'clear',
  },
  {
    id: 'weight.up',
    keys: ['+', '='],
    description: 'Scorecard: weigh the category under the cursor more (+1)',
    category: 'Scorecard',
    contexts: ['table'],
    hint: 'more',
    views: ['scorecard'],
  },
  {
    id: 'weight.down',
    keys: ['-'],
    description: 'Scorecard: weigh the category under the cursor less (−1, down to 0)',
    category: 'Scorecard',
    contexts: ['table'],
    hint: 'less',
    views: ['scorecard'],
  },
  {
    id: 'weight.off',
    keys: ['0'],
    description: 'Scorecard: exclude the category under the cursor (weight 0; + brings it back)',
    category: 'Scorecard',
    contexts: ['table'],
    hint: 'exclude',
    views: ['scorecard'],
  },
  {
    id: 'weights.reset',
    keys: ['r'],
    description: 'Scorecard: put the weights back to where they started (--weights, else equal)',
    category: 'Scorecard',
    contexts: ['table'],
    views: ['scorecard'],
  },
  {
    id: 'quadrant.toggle',
    keys: ['c'],
    description: 'Scorecard: show the quadrant chart instead of the scores (when both do not fit)',
    category: 'Scorecard',
    contexts: ['table'],
    hint: 'quadrant',
    views: ['scorecard'],
  },
  {
    id: 'help.toggle',
    keys: ['?'],
    description: 'Show or hide this help',
    category: 'General',
    contexts: TABLE_LIKE,
    hint: 'help',
  },
  { id: 'quit', keys: ['q'], description: 'Quit', category: 'General', contexts: TABLE_LIKE, hint: 'quit' },
  {
    id: 'interrupt',
    keys: ['C-c'],
    description: 'Quit (from anywhere)',
    category: 'General',
    contexts: [...TABLE_LIKE, 'search'],
  },
];

const NAMES: Record<string, string> = {
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

/** How a key spec is written for people: `C-f` → `Ctrl-f`, `S-tab` → `Shift-Tab`, `up` → `↑`. */
export function keyLabel(spec: string): string {
  if (spec.startsWith('C-')) return `Ctrl-${keyLabel(spec.slice(2))}`;
  if (spec.startsWith('S-') && spec.length > 2) return `Shift-${keyLabel(spec.slice(2))}`;
  return NAMES[spec] ?? spec;
}

/** The keys of a command as help shows them. */
export function keysLabel(cmd: Command): string {
  return cmd.label ?? cmd.keys.map(keyLabel).join(' ');
}

/** The first key of a command, for compact hints. */
export function shortKey(cmd: Command): string {
  return cmd.label ?? keyLabel(cmd.keys[0] ?? '');
}

export function commandById(id: CommandId): Command {
  const cmd = KEYMAP.find((c) => c.id === id);
  if (!cmd) throw new Error(`no command ${id}`);
  return cmd;
}
