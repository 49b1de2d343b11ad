/**
 * The dashboard's first frame, drawn before Ink and React are loaded: the same
 * lines App draws (frameLines), from the same state and view models, written
 * straight to the terminal. Ink then takes the screen over, starting from this
 * state and these models, and redraws the frame in one synchronized update.
 * Keys typed meanwhile wait in the terminal (raw mode, no echo) for Ink.
 * docs/decisions/0018-first-frame-before-ink.md.
 */
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import type { Weights } from '../model/score.js';
import { favourMemory } from '../run/heap.js';
import type { Io } from '../run/io.js';
import { handleSignals, toAscii } from '../run/terminal.js';
import type { ViewName } from '../views/types.js';
import { frameLines } from './frameLines.js';
import { rawMode, SCREEN_OFF, screenOn } from './screenModes.js';
import { MIN_COLUMNS, MIN_ROWS, type Size, screenOf } from './screenOf.js';
import { segsToAnsi } from './segs.js';
import { focusOf, initialState, type NavState } from './state/reducer.js';
import { type TableOf, tableCache } from './tableOf.js';
import { uiTheme } from './uiTheme.js';

export interface FirstFrameInput {
  land: Landscape;
  /** Vendor ids to show (from --vendor), in order; empty means all. */
  vendors: readonly string[];
  view: ViewName;
  level: 0 | 1 | 2 | 3;
  ascii: boolean;
  weights?: Weights;
  require?: readonly string[];
  minCoverage?: number;
  freshness?: Freshness;
  watching: boolean;
}

export interface FirstFrame {
  /** The frame as the terminal gets it: lines of SGR-styled text. */
  text: string;
  /** The state it shows, where the dashboard starts. */
  state: NavState;
  /** The view models it built, which the dashboard keeps. */
  tables: TableOf;
}

/** The first frame at `size`, or undefined when the terminal is too small for the dashboard (it says so itself). */
export function firstFrame(input: FirstFrameInput, size: Size): FirstFrame | undefined {
  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) return undefined;
  const { land, ascii } = input;
  const state = initialState({
    view: input.view,
    vendors: input.vendors,
    allVendors: land.vendors.map((v) => v.id),
    weights: input.weights,
    require: input.require,
    minCoverage: input.minCoverage,
  });
  const tables = tableCache(land, input.freshness);
  const screen = screenOf(state, size, tables, ascii, 0);
  const lines = frameLines({
    land,
    state,
    screen,
    terminal: size,
    banned: [],
    theme: uiTheme(input.level),
    ascii,
    freshness: input.freshness,
    watching: input.watching,
    context: focusOf(state),
  });
  const text = lines.map(segsToAnsi).join('\n');
  return { text: ascii ? toAscii(text) : text, state, tables };
}

/** A first frame on the screen: what the dashboard starts from, and how to give the terminal back if it never does. */
export interface Drawn extends FirstFrame {
  /** The dashboard has its own signal handlers now: drop the first frame's. */
  handOff(): void;
  /** Puts the terminal back as it was (when the dashboard does not start after all). */
  restore(): void;
}

/**
 * Draws the first frame on the alternate screen, with raw input (no echo; Ctrl-C is a key for the dashboard)
 * and bracketed paste (and mouse reports) on, as the dashboard has them. Until the dashboard takes over, a
 * fatal signal restores the terminal first and a suspend gives it back. Undefined when nothing was drawn.
 */
export function drawFirstFrame(
  io: Pick<Io, 'stdin' | 'stdout'>,
  input: FirstFrameInput,
  mouse: boolean,
): Drawn | undefined {
  const { stdin, stdout } = io;
  // The dashboard's heap policy, from the first frame's work on (the data is loaded): source/run/heap.ts.
  favourMemory();
  const frame = firstFrame(input, { columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  if (!frame) return undefined;
  const release = () => {
    rawMode(stdin, false);
    stdout.write(SCREEN_OFF);
  };
  const take = () => {
    rawMode(stdin, true);
    stdout.write(screenOn(mouse) + frame.text);
  };
  let restored = false;
  const stopSignals = handleSignals({
    release,
    reclaim: take,
    exit: (code) => process.exit(code),
  });
  take();
  return {
    ...frame,
    handOff: stopSignals,
    restore: () => {
      if (restored) return;
      restored = true;
      stopSignals();
      release();
    },
  };
}
