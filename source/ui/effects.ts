/**
 * What the dashboard asks of the world outside the screen — the clipboard, the
 * browser — as callbacks passed in by runDashboard, so the UI itself never
 * writes a file or starts a process. Each returns the line the status bar shows.
 */
import type { DocLine } from '../views/evidence/doc.js';

export interface Effects {
  /** Copies `text` to the clipboard (OSC 52). */
  copy(text: string): string;
  /** Opens an http(s) URL with the platform's opener. */
  open(url: string): string;
}

/** Without callbacks (tests, a renderer without a terminal) nothing leaves the screen. */
export const NO_EFFECTS: Effects = {
  copy: () => 'No clipboard here',
  open: () => 'Nothing can open links here',
};

/** The focused source: the first URL at or below line `from` of an evidence document. Pure. */
export function sourceUrl(lines: readonly DocLine[], from = 0): string | undefined {
  for (const line of lines.slice(from)) for (const seg of line) if (seg.url) return seg.url;
  return undefined;
}
