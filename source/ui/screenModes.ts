/**
 * The terminal modes the dashboard runs in, switched on and off in one place: by the first frame
 * (before Ink is loaded), by the dashboard when there was none, and around a suspend.
 */
import { SEQ } from '../run/terminal.js';
import { MOUSE_OFF, MOUSE_ON } from './mouse.js';

/** The alternate screen, bracketed paste, mouse reports (when asked for) and no cursor. */
export const screenOn = (mouse: boolean): string =>
  SEQ.enterAlt + SEQ.pasteOn + (mouse ? MOUSE_ON : '') + SEQ.hideCursor;

/** Everything screenOn switched on, off again (turning off reports that were never on is harmless). */
export const SCREEN_OFF = MOUSE_OFF + SEQ.resetAttrs + SEQ.pasteOff + SEQ.showCursor + SEQ.leaveAlt;

/** Raw input on or off, when stdin is a terminal that is still there (after SIGHUP it may not be). */
export function rawMode(stdin: NodeJS.ReadStream, on: boolean): void {
  try {
    if (stdin.isTTY) stdin.setRawMode?.(on);
  } catch {
    // The terminal is gone; there is nothing to set.
  }
}
