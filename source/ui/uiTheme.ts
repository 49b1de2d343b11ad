/**
 * Semantic colours for the dashboard, as Ink colour names. Components ask for
 * a meaning (`status.ga`, `muted`, `accent`); with colour off (NO_COLOR,
 * --no-color, TERM=dumb) every token is undefined and only bold, inverse and
 * the status glyphs and words remain, so nothing relies on colour alone.
 * Quiet text is `faint` (dimmed default foreground), never bright black
 * (SGR 90), which vanishes on Solarized Dark and washes out on light themes.
 */
import type { Status } from '../data/schema.js';
import { INK_STATUS_COLOR } from '../theme.js';

export interface UiTheme {
  color: boolean;
  status: Record<Status, string | undefined>;
  accent: string | undefined;
  muted: string | undefined;
  warning: string | undefined;
  error: string | undefined;
  match: string | undefined;
  label: string | undefined;
  /** Hints and inactive tabs: the terminal's own foreground, readable on any theme (undefined draws it). */
  hint: string | undefined;
}

export function uiTheme(level: 0 | 1 | 2 | 3): UiTheme {
  const on = level > 0;
  const c = (name: string) => (on ? name : undefined);
  return {
    color: on,
    status: {
      ga: c(INK_STATUS_COLOR.ga),
      preview: c(INK_STATUS_COLOR.preview),
      partial: c(INK_STATUS_COLOR.partial),
      none: c(INK_STATUS_COLOR.none),
      unknown: c(INK_STATUS_COLOR.unknown),
    },
    accent: c('cyan'),
    muted: c('faint'),
    warning: c('yellow'),
    error: c('red'),
    match: c('yellow'),
    label: c('blue'),
    hint: undefined,
  };
}
