/**
 * The dashboard's terminal, beyond what Ink does: the escape sequences it
 * switches on and off, an ASCII-only view of the output stream, and the
 * signals a full-screen program must answer — suspend (Ctrl-Z, SIGTSTP) and
 * resume (SIGCONT), and every catchable fatal signal, after which the terminal
 * is restored before the process ends.
 */
import { constants } from 'node:os';
import stringWidth from 'string-width';
import { writingThrough } from '../text/output.js';

export const SEQ = {
  enterAlt: '\u001b[?1049h\u001b[H',
  leaveAlt: '\u001b[?1049l',
  showCursor: '\u001b[?25h',
  hideCursor: '\u001b[?25l',
  resetAttrs: '\u001b[0m',
  home: '\u001b[H',
  eraseDown: '\u001b[J',
  /** Synchronized output: the terminal shows what comes between these at once (terminals without it ignore them). */
  syncStart: '\u001b[?2026h',
  syncEnd: '\u001b[?2026l',
  /** Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~. */
  pasteOn: '\u001b[?2004h',
  pasteOff: '\u001b[?2004l',
} as const;

/**
 * Signals whose default action ends the process and which Node lets a program
 * catch. SIGINT, SIGTERM and SIGHUP are among them; SIGUSR1 is not (the bin
 * takes it so that it starts no inspector); SIGKILL and SIGSTOP cannot be
 * caught, and SIGSEGV, SIGBUS, SIGFPE and SIGILL are Node's own.
 */
export const FATAL_SIGNALS: readonly NodeJS.Signals[] = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGQUIT',
  'SIGUSR2',
  'SIGALRM',
  'SIGVTALRM',
  'SIGPROF',
  'SIGXCPU',
  'SIGXFSZ',
  'SIGTRAP',
  'SIGABRT',
  'SIGPWR',
  'SIGSYS',
];

/** The exit code of a process ended by `signal`: 128 + its number, as a shell reports it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

const GLYPHS: Record<string, string> = {
  '…': '.',
  '·': '.',
  '•': '*',
  '†': '+',
  '×': 'x',
  '↑': '^',
  '↓': 'v',
  '←': '<',
  '→': '>',
  '▸': '>',
  '▾': 'v',
  '▴': '^',
  '◂': '<',
  '▲': '^',
  '▼': 'v',
  '✓': '+',
  '✗': 'x',
  '◐': '~',
  '◇': 'o',
  '●': '*',
  '○': 'o',
  '≈': '~',
  '—': '-',
  '–': '-',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '█': '#',
  '░': '.',
  '▒': ':',
  '▓': '#',
};

/** One character as ASCII of the same width: a glyph's look-alike, box drawing as - | +, anything else as ?. */
function asciiChar(ch: string): string {
  const glyph = GLYPHS[ch];
  if (glyph) return glyph;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x2500 && cp <= 0x257f) {
    if ('─━═╌╍┄┅┈┉'.includes(ch)) return '-';
    if ('│┃║╎╏┆┇┊┋'.includes(ch)) return '|';
    return '+';
  }
  return '?'.repeat(stringWidth(ch));
}

/** `text` with every character above ASCII replaced by ASCII of the same width (escape sequences are ASCII already). */
export function toAscii(text: string): string {
  // Whole grapheme clusters, so an emoji sequence becomes one ?? rather than one per code point.
  return text.replace(/[^\u0000-\u007e]+/g, (run) => {
    let out = '';
    segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const { segment } of segmenter.segment(run)) out += asciiChar(segment);
    return out;
  });
}
let segmenter: Intl.Segmenter | undefined;

/** A stream whose writes are made ASCII (`toAscii`); everything else is the stream's own. */
export function asciiStream<T extends NodeJS.WriteStream>(stream: T): T {
  return writingThrough(stream, toAscii);
}

export interface SignalHandlers {
  /** Leave the screen as it was before the program (before it stops, or exits). */
  release(): void;
  /** Take the screen again after a resume, and redraw. */
  reclaim(): void;
  /** End the process after a fatal signal, with this code. */
  exit(code: number): void;
}

/**
 * Installs the dashboard's signal handlers; returns a function that removes them.
 * SIGTSTP releases the terminal and stops the process for real with SIGSTOP
 * (re-sending SIGTSTP from its own handler is lost: Node keeps the signal
 * caught until the handle closes), so the shell sees a stopped job; SIGCONT
 * takes the terminal back and redraws.
 */
export function handleSignals(h: SignalHandlers): () => void {
  const onStop = () => {
    h.release();
    process.kill(process.pid, 'SIGSTOP');
  };
  const onContinue = () => h.reclaim();
  const onFatal = (signal: NodeJS.Signals) => {
    h.release();
    h.exit(signalExitCode(signal));
  };
  const fatal: NodeJS.Signals[] = [];
  for (const s of FATAL_SIGNALS) {
    try {
      process.on(s, onFatal);
      fatal.push(s);
    } catch {
      // Not a signal on this platform (SIGPWR outside Linux).
    }
  }
  process.on('SIGTSTP', onStop);
  process.on('SIGCONT', onContinue);
  return () => {
    for (const s of fatal) process.off(s, onFatal);
    process.off('SIGTSTP', onStop);
    process.off('SIGCONT', onContinue);
  };
}
