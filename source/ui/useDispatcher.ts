/**
 * The one input dispatcher: a single `useInput` that finds the focused
 * context, looks the key up in the keymap and dispatches a reducer action with
 * the current bounds (the keymap says which action a command makes, or why it
 * is not available). Search text is the only input not in the keymap.
 */
import { type Key, useInput } from 'ink';
import { type Dispatch, useCallback, useEffect, useRef } from 'react';
import { actionFor, type KeyContext } from './keys/keymap.js';
import { matchCommand } from './keys/match.js';
import type { Action, NavState } from './state/reducer.js';
import { matchLines } from './state/screen.js';
import type { Screen } from './useScreen.js';

/** The context keys go to, from the state. */
export function focusOf(state: NavState): KeyContext {
  if (state.prompt) return state.prompt.kind === 'path' ? 'prompt' : 'confirm';
  if (state.search.editing) return 'search';
  switch (state.overlay?.kind) {
    case 'help':
      return 'help';
    case 'evidence':
      return 'evidence';
    case 'vendors':
      return 'picker';
    default:
      return 'table';
  }
}

/** Keys the search box takes as text: printable, not a control sequence. */
const printable = (input: string, key: Key) =>
  input !== '' && !key.ctrl && !key.meta && !key.return && !key.tab && !/[\u0000-\u001f\u007f]/.test(input);

export function useDispatcher(state: NavState, screen: Screen, dispatch: Dispatch<Action>, active = true): void {
  const latest = useRef({ state, screen });
  latest.current = { state, screen };
  const handle = useCallback(
    (input: string, key: Key) => {
      const { state: s, screen: sc } = latest.current;
      const context = focusOf(s);
      const bounds = sc.bounds;
      const m = matchCommand(context, input, key, s.view);
      if (!m) {
        if (context === 'prompt' && s.prompt?.kind === 'path' && printable(input, key)) {
          dispatch({ type: 'prompt', prompt: { kind: 'path', text: s.prompt.text + input }, bounds });
        }
        if (context === 'search' && printable(input, key)) {
          const text = s.search.query + input;
          dispatch({ type: 'search.type', text, bounds: { ...bounds, matches: matchLines(sc.shaped.lines, text) } });
        }
        return;
      }
      const action = actionFor(m.command, { state: s, screen: sc }, m.spec);
      if (action) dispatch(action);
    },
    [dispatch],
  );
  // Keys waiting their turn. Each is handled only once the frame of the one
  // before it has committed, so a key that changes focus (`/` opening search,
  // Esc closing a pane) decides how the keys after it are read.
  const queue = useRef<[string, Key][]>([]);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const before = useRef<NavState | undefined>(undefined);
  const step = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = undefined;
    const next = queue.current.shift();
    if (next === undefined) return;
    before.current = latest.current.state;
    handle(...next);
    // A key that changes nothing draws no frame; go on shortly anyway.
    if (queue.current.length > 0) pending.current = setTimeout(step, 30);
  }, [handle]);
  useEffect(() => {
    // The state the last key produced is now drawn: take the next key.
    if (pending.current && queue.current.length > 0 && latest.current.state !== before.current) step();
  });
  useEffect(() => () => clearTimeout(pending.current), []);
  const onInput = useCallback(
    (input: string, key: Key) => {
      const keys = splitInput(input, key);
      if (keys.length === 1 && queue.current.length === 0 && !pending.current) {
        handle(input, key);
        return;
      }
      const idle = queue.current.length === 0 && !pending.current;
      queue.current.push(...keys);
      if (idle) step();
    },
    [handle, step],
  );
  useInput(onInput, { isActive: active });
}

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

const isPlain = (key: Key) => !key.ctrl && !key.meta && !key.escape && !key.upArrow && !key.downArrow;

/**
 * The keys one input event stands for. Keys typed faster than a frame (or sent
 * by a script) arrive as one string; an Esc followed at once by a key arrives
 * as that key with Meta. trainscape binds no Meta keys, so that is Esc, then the key.
 */
export function splitInput(input: string, key: Key): [string, Key][] {
  if (input.length > 1 && isPlain(key)) return [...input].map(charKey);
  if (key.meta && !key.ctrl && !key.escape && input.length === 1 && !/[\u0000-\u001f\u007f]/.test(input)) {
    return [charKey('\u001b'), charKey(input)];
  }
  return [[input, key]];
}

/** The key event one character of a batched input stands for. */
export function charKey(ch: string): [string, Key] {
  if (ch === '\r' || ch === '\n') return ['', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  if (ch === '\u007f' || ch === '\b') return ['', { ...NO_KEY, delete: true }];
  if (ch === '\u001b') return ['', { ...NO_KEY, escape: true, meta: true }];
  const code = ch.charCodeAt(0);
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: ch !== ch.toLowerCase() }];
}
