/** Display settings every component reads: theme, ASCII glyphs, whether links may be drawn. */
import { createContext, useContext } from 'react';
import { type UiTheme, uiTheme } from './uiTheme.js';

export interface UiSettings {
  theme: UiTheme;
  ascii: boolean;
  links: boolean;
}

export const UiContext = createContext<UiSettings>({ theme: uiTheme(0), ascii: false, links: false });

export function useUi(): UiSettings {
  return useContext(UiContext);
}
