/**
 * The one input dispatcher: a single `useInput` that finds the focused
 * context, looks the key up in the keymap and dispatches a reducer action with
 * the current bounds (the keymap says which action a command makes, or why it
 * is not available). Search text is the only input not in the keymap. Mouse
 * reports come in here too, from the mouse source, and are hit-tested
 * against the same frame.
 */
import { type Key, useInput, usePaste } from 'ink';
import { type Dispatch, useCallback, useEffect, useRef } from 'react';
import type { Landscape } from '../model/landscape.js';
import { actionFor } from './keys/keymap.js';
import { matchCommand } from './keys/match.js';
import { mouseAction, parseMouse } from './mouse.js';
import type { MouseSource } from './mouseInput.js';
import type { Screen } from './screenOf.js';
import { type Action, focusOf, type NavState } from './state/reducer.js';
import { matchLines } from './state/screen.js';

/** A key (its input and Ink's description), or a bracketed paste, waiting its turn. */
type Queued = [string, Key] | { paste: string };

/** Keys the search box takes as text: printable, not a control sequence. */
const printable = (input: string, key: Key) =>
  input !== '' && !key.ctrl && !key.meta && !key.return && !key.tab && !/[\u0000-\u001f\u007f]/.test(input);

export function useDispatcher(
  state: NavState,
  screen: Screen,
  dispatch: Dispatch<Action>,
  active = true,
  mouse?: MouseSource,
  land?: Landscape,
): void {
  const latest = useRef({ state, screen, land });
  latest.current = { state, screen, land };
  const handle = useCallback(
    (input: string, key: Key) => {
      const { state: s, screen: sc } = latest.current;
      const context = focusOf(s);
      const bounds = sc.bounds;
      const m = matchCommand(context, input, key, s.view);
      // A message lasts until the next key, whatever that key does (or if it does nothing).
      const clearMessage = () => {
        if (s.message) dispatch({ type: 'message', text: '', bounds });
      };
      if (!m) {
        if (context === 'prompt' && s.prompt?.kind === 'path' && printable(input, key)) {
          dispatch({ type: 'prompt', prompt: { kind: 'path', text: s.prompt.text + input }, bounds });
        }
        if (context === 'search' && printable(input, key)) {
          const text = s.search.query + input;
          dispatch({ type: 'search.type', text, bounds: { ...bounds, matches: matchLines(sc.open.lines, text) } });
        } else clearMessage();
        return;
      }
      const action = actionFor(m.command, { state: s, screen: sc }, m.spec);
      if (action) dispatch(action);
      else clearMessage();
    },
    [dispatch],
  );
  // A paste is text: it goes into the search box as one edit, and is not read as keys anywhere else.
  const onPaste = useCallback(
    (text: string) => {
      const { state: s, screen: sc } = latest.current;
      if (focusOf(s) !== 'search') return;
      const query = (s.search.query + pastedText(text)).slice(0, MAX_QUERY);
      dispatch({
        type: 'search.type',
        text: query,
        bounds: { ...sc.bounds, matches: matchLines(sc.shaped.lines, query) },
      });
    },
    [dispatch],
  );
  // Keys and pastes waiting their turn. Each is handled only once the frame of
  // the one before it has committed, so a key that changes focus (`/` opening
  // search, Esc closing a pane) decides how what follows it is read, even when
  // all of it arrives at once (typed before the dashboard was up).
  const queue = useRef<Queued[]>([]);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const before = useRef<NavState | undefined>(undefined);
  // A key handled at once whose frame has not committed yet: what comes right behind it (in the
  // same read, or another read of the same turn) waits for that frame.
  const drawing = useRef(false);
  const step = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = undefined;
    drawing.current = false;
    const next = queue.current.shift();
    if (next === undefined) return;
    before.current = latest.current.state;
    drawing.current = true;
    if ('paste' in next) onPaste(next.paste);
    else handle(...next);
    // Something that changes nothing draws no frame; go on shortly anyway.
    if (queue.current.length > 0) pending.current = setTimeout(step, 30);
  }, [handle, onPaste]);
  useEffect(() => {
    // The state the last key produced is now drawn: take the next one.
    if (latest.current.state === before.current) return;
    drawing.current = false;
    if (pending.current && queue.current.length > 0) step();
  });
  useEffect(() => () => clearTimeout(pending.current), []);
  // A paste waits for the keys before it (a `/` typed just before it opens the search box it goes into).
  const pasted = useCallback(
    (text: string) => {
      if (queue.current.length === 0 && !pending.current && !drawing.current) {
        before.current = latest.current.state;
        drawing.current = true;
        onPaste(text);
      } else {
        queue.current.push({ paste: text });
        pending.current ??= setTimeout(step, 30);
      }
    },
    [onPaste, step],
  );
  // A bracketed paste being collected (the terminal sends ESC[200~ … ESC[201~).
  const paste = useRef<string[] | undefined>(undefined);
  const onInput = useCallback(
    (input: string, key: Key) => {
      if (input === PASTE_START) {
        paste.current = [];
        return;
      }
      if (paste.current) {
        if (input === PASTE_END) {
          const text = paste.current.join('');
          paste.current = undefined;
          pasted(text);
        } else if (paste.current.length < MAX_PASTE_EVENTS) paste.current.push(key.return ? '\n' : input);
        return;
      }
      // Ctrl-Z suspends: the signal handler (source/run/terminal.ts) gives the terminal back first.
      if (key.ctrl && input === 'z') {
        process.kill(process.pid, 'SIGTSTP');
        return;
      }
      const keys = splitInput(input, key).slice(0, MAX_QUEUED);
      // Interrupt and quit jump the queue: they are acted on now, whatever is still waiting.
      // A q quits at once only when nothing before it, queued or in this batch, can open the search box.
      const searching = focusOf(latest.current.state) === 'search';
      const opensSearch = (q: Queued) => Array.isArray(q) && q[0] === '/';
      const quitsNow = (n: number) => !searching && ![...queue.current, ...keys.slice(0, n)].some(opensSearch);
      const jump = keys.findIndex(([i, k], n) => (k.ctrl && i === 'c') || (i === 'q' && !k.ctrl && quitsNow(n)));
      if (jump >= 0 && (keys.length > 1 || queue.current.length > 0)) {
        queue.current = [];
        clearTimeout(pending.current);
        pending.current = undefined;
        handle(...(keys[jump] as [string, Key]));
        return;
      }
      if (queue.current.length >= MAX_QUEUED) return;
      const idle = queue.current.length === 0 && !pending.current && !drawing.current;
      if (keys.length === 1 && idle) {
        before.current = latest.current.state;
        drawing.current = true;
        handle(input, key);
        return;
      }
      queue.current.push(...keys);
      if (idle) step();
      // Behind a key whose frame is not drawn yet: taken when it is (or shortly, if it changes nothing).
      else pending.current ??= setTimeout(step, 30);
    },
    [handle, step, pasted],
  );
  useInput(onInput, { isActive: active });
  // Mouse reports arrive apart from keys (Ink drops them); each becomes its action against the frame it hit.
  useEffect(() => {
    if (!mouse || !active) return;
    return mouse.listen((report) => {
      const e = parseMouse(report);
      if (!e) return;
      const { state: s, screen: sc, land: l } = latest.current;
      const action = mouseAction(e, s, sc, sc.width, l);
      if (action) dispatch(action);
    });
  }, [mouse, active, dispatch]);
  // Ink 8 turns bracketed paste on while a paste handler is active and sends a paste here, never to useInput.
  usePaste(pasted, { isActive: active });
}

/** What Ink reports for the bracketed-paste markers (the ESC is taken off). */
const PASTE_START = '[200~';
const PASTE_END = '[201~';
/** Input events kept from one paste (each a run of text); the rest of a huge paste is dropped. */
const MAX_PASTE_EVENTS = 256;
/** The longest search query. */
const MAX_QUERY = 200;
/** Keys waiting their turn at most; a burst beyond it (a paste without bracketing) is dropped. */
const MAX_QUEUED = 512;

/** Pasted text as one line of search text: controls dropped, line breaks and tabs as spaces. */
function pastedText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .slice(0, MAX_QUERY);
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
