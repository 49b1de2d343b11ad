/**
 * What the dashboard asks of the world outside the screen — the clipboard, the
 * browser — as callbacks passed in by runDashboard, so the UI itself never
 * writes a file or starts a process. Each returns the line the status bar shows.
 */
import type { DocLine } from '../views/evidence/doc.js';
import type { TableModel, ViewName } from '../views/types.js';

/** What Ctrl-S saves: the view's table exactly as shown, and what it was built from. */
export interface Shown {
  view: ViewName;
  table: TableModel;
  vendors: readonly string[];
  weights?: Readonly<Record<string, number>>;
  require?: readonly string[];
  minCoverage?: number;
}

/** A save's outcome: the status line's text, and whether the file exists (then the prompt asks). */
export interface Saved {
  message: string;
  exists?: boolean;
}

export interface Effects {
  /** Copies `text` to the clipboard (OSC 52). */
  copy(text: string): string;
  /** Opens an http(s) URL with the platform's opener. */
  open(url: string): string;
  /** The path the save prompt starts from. */
  savePath(view: ViewName): string;
  /** Writes the view to `file` (the extension picks the format); replaces a file only with `overwrite`. */
  save(file: string, shown: Shown, overwrite: boolean): Saved | Promise<Saved>;
}

/** Without callbacks (tests, a renderer without a terminal) nothing leaves the screen. */
export const NO_EFFECTS: Effects = {
  copy: () => 'No clipboard here',
  open: () => 'Nothing can open links here',
  savePath: (view) => `trainscape-${view}.md`,
  save: () => ({ message: 'Nothing can be saved here' }),
};

/** The focused source: the first URL at or below line `from` of an evidence document. Pure. */
export function sourceUrl(lines: readonly DocLine[], from = 0): string | undefined {
  for (const line of lines.slice(from)) for (const seg of line) if (seg.url) return seg.url;
  return undefined;
}
