/**
 * The dashboard's frame as lines of styled segments: the tab bar, the view's
 * body (from its spec), the footer (legend or notes), a banner, the status line
 * and the key hints. App draws these lines through Ink; the first frame
 * (firstFrame.ts) writes the very same lines before Ink is loaded. Pure.
 */
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import { VIEW_TITLES } from '../views/types.js';
import { bannerSegs, hintSegs, statusSegs, tabBarSegs } from './chromeLines.js';
import { footerLines } from './footerLines.js';
import { dataParts } from './freshnessParts.js';
import type { KeyContext } from './keys/keymap.js';
import type { Screen, Size } from './screenOf.js';
import { type Seg, toHeight } from './segs.js';
import type { NavState } from './state/reducer.js';
import { rowNumbers, statusParts } from './statusLine.js';
import type { UiTheme } from './uiTheme.js';
import { specOf } from './views/registry.js';

export interface FrameInput {
  land: Landscape;
  state: NavState;
  screen: Screen;
  /** The whole terminal (the frame takes all its lines but the last). */
  terminal: Size;
  /** Lines of a banner above the status line (a reload that failed), from bannerLines. */
  banned: readonly string[];
  theme: UiTheme;
  ascii: boolean;
  freshness?: Freshness;
  watching: boolean;
  /** The focused context, whose keys the hint line shows. */
  context: KeyContext;
}

/** The lines around the body: the tab bar above; the footer (without an overlay), banner, status line and hints below. */
export interface Chrome {
  top: Seg[];
  bottom: Seg[][];
}

/** `rowNo`: rowNumbers of the screen (the dashboard keeps it between frames). */
export function chromeOf(f: FrameInput, rowNo: Int32Array): Chrome {
  const { land, state, screen, theme, ascii } = f;
  const width = screen.width;
  const title = screen.p.table.title || VIEW_TITLES[state.view];
  const prompt =
    state.prompt?.kind === 'path'
      ? { label: 'Save to: ', text: state.prompt.text, cursor: true }
      : state.prompt
        ? { label: 'Replace? ', text: `${state.prompt.path} exists; replace it? (y/n)` }
        : undefined;
  const status = statusSegs(
    {
      parts: [...statusParts(state, screen, title, rowNo, ascii), ...dataParts(land, f.freshness, f.watching)],
      width,
      searching: state.search.editing ? { query: state.search.query, matches: screen.matches.length } : undefined,
      prompt,
      message: state.message,
    },
    theme,
    ascii,
  );
  const footer = !state.overlay ? footerLines(screen.footer, width, theme, ascii, state.search.query) : [];
  return {
    top: tabBarSegs(state.view, width, land.asOf, theme),
    bottom: [
      ...footer,
      ...bannerSegs(f.banned, theme, ascii),
      status,
      hintSegs(f.context, width, state.view, { state, screen }, theme),
    ],
  };
}

/** The view's body lines (no overlay open). */
export function bodyLines(f: FrameInput): Seg[][] {
  const { land, state, screen, theme, ascii } = f;
  return specOf(state.view).lines({ land, state, screen, width: screen.width, theme, ascii });
}

/** The whole frame with no overlay open, line for line as App draws it: every terminal line but the last. */
export function frameLines(f: FrameInput): Seg[][] {
  const { top, bottom } = chromeOf(f, rowNumbers(f.screen));
  return toHeight([top, ...bodyLines(f), ...bottom], f.terminal.rows - 1);
}
