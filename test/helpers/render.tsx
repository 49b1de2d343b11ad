/**
 * Renders the dashboard with ink-testing-library at a chosen terminal size
 * (its stdout is fixed at 100 columns with no rows, so both are overridden and
 * a resize is emitted), and drives it with keys the way a terminal sends them.
 */
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, expect } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape, type Landscape } from '../../source/model/landscape.js';
import { App, type AppProps } from '../../source/ui/App.js';
import type { ViewName } from '../../source/views/types.js';

/** Escape sequences for the named keys a test presses. */
export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  pgdn: '\u001b[6~',
  pgup: '\u001b[5~',
  home: '\u001b[H',
  end: '\u001b[F',
  enter: '\r',
  esc: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  backspace: '\u007f',
  ctrl: (c: string) => String.fromCharCode(c.charCodeAt(0) - 96),
} as const;

let bundled: Landscape | undefined;
/** The bundled dataset, loaded once per test file. */
export function bundledLandscape(): Landscape {
  bundled ??= buildLandscape(loadOrThrow(undefined).dataset);
  return bundled;
}

/** One turn of the event loop: Ink flushes a lone Esc, and React runs effects, on such turns. */
const turn = () => new Promise<void>((r) => setImmediate(r));

/**
 * Waits until the app has drawn everything the input so far asks for: turns of
 * the event loop until two pass without a new frame. No clock is involved, so a
 * busy machine makes it slower, never wrong.
 */
export async function settle(app: { frames: readonly string[] }): Promise<void> {
  let seen = app.frames.length;
  for (let quiet = 0; quiet < 2; ) {
    await turn();
    if (app.frames.length === seen) quiet++;
    else {
      seen = app.frames.length;
      quiet = 0;
    }
  }
}

/** Waits for a frame after the `before`-th, on timer turns (Ink flushes a lone Esc on a timer). */
async function frameAfter(app: { frames: readonly string[] }, before: number): Promise<void> {
  for (let i = 0; i < ESC_GUARD_TURNS && app.frames.length === before; i++) {
    await new Promise<void>((r) => setTimeout(r, 5));
  }
}
/** A hang guard, not a time limit: about a second at best, longer on a busy machine. */
const ESC_GUARD_TURNS = 200;

/** Polls until the frame satisfies `ok` and returns it; the test's own timeout bounds the wait. */
export async function untilFrame(frame: () => string, ok: (f: string) => boolean): Promise<string> {
  for (;;) {
    const f = frame();
    if (ok(f)) return f;
    await new Promise((r) => setImmediate(r));
  }
}

export interface RenderOptions {
  land?: Landscape;
  columns?: number;
  rows?: number;
  view?: ViewName;
  vendors?: string[];
  ascii?: boolean;
  props?: Partial<AppProps>;
}

export async function renderApp(opts: RenderOptions = {}) {
  const land = opts.land ?? bundledLandscape();
  const r = render(
    <App
      land={land}
      vendors={opts.vendors ?? []}
      initialView={opts.view ?? 'overview'}
      ascii={opts.ascii ?? false}
      {...opts.props}
    />,
  );
  const resize = async (columns: number, rows: number) => {
    Object.defineProperty(r.stdout, 'columns', { value: columns, configurable: true });
    Object.defineProperty(r.stdout, 'rows', { value: rows, configurable: true });
    r.stdout.emit('resize');
    await settle(r);
  };
  await resize(opts.columns ?? 120, opts.rows ?? 30);
  /**
   * Sends keys one at a time, each once the frame of the one before has been drawn.
   * A lone Esc is held by Ink until its escape timer fires (it may start a sequence),
   * so after one the helper waits for the frame it causes; a guard stops the wait
   * for an Esc that changes nothing.
   */
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      const before = r.frames.length;
      r.stdin.write(k);
      if (k === KEYS.esc) await frameAfter(r, before);
      await settle(r);
    }
  };
  /** Re-renders with new props and waits for the frame. */
  const rerender = async (tree: Parameters<typeof r.rerender>[0]) => {
    r.rerender(tree);
    await settle(r);
  };
  /** The last frame as a person reads it (styles stripped); `raw()` keeps the escapes. */
  const raw = () => r.lastFrame() ?? '';
  const frame = () => stripVTControlCharacters(raw());
  const lines = () => frame().split('\n');
  return { ...r, press, frame, raw, lines, resize, settled: () => settle(r), rerenderSettled: rerender };
}

/**
 * `renderApp` for a test file: each app opened is unmounted after its test.
 * Call once at the top of the file.
 */
export function appsUnmountedAfterEach(): (opts?: RenderOptions) => ReturnType<typeof renderApp> {
  const open: { unmount: () => void }[] = [];
  afterEach(() => {
    for (const app of open.splice(0)) app.unmount();
  });
  return async (opts) => {
    const app = await renderApp(opts);
    open.push(app);
    return app;
  };
}

/** A frame fits the terminal: at most rows − 1 lines, none wider than the columns. */
export function expectFits(lines: string[], columns: number, rows: number): void {
  expect(lines.length).toBeLessThanOrEqual(rows - 1);
  for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(columns);
}
