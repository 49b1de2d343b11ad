/**
 * OSC 52: asks the terminal to put text on the system clipboard, which works
 * over SSH and in most modern terminals (xterm, kitty, WezTerm, iTerm2,
 * Windows Terminal, foot). Inside tmux the sequence is wrapped in a DCS
 * passthrough (tmux needs `set -g allow-passthrough on`, or `set-clipboard on`
 * for the unwrapped form). The text travels base64-encoded, so nothing in it
 * can act as a control sequence.
 */

const ESC = '\u001b';
const BEL = '\u0007';

/** Terminals cap OSC 52 payloads (xterm at about 100 kB of base64); a URL is far below. */
export const OSC52_MAX_BYTES = 74_994;

export interface Osc52Options {
  /** `c` the clipboard (default), `p` the primary selection. */
  target?: 'c' | 'p';
  /** Wrap for tmux's passthrough. */
  tmux?: boolean;
}

/** The escape sequence that copies `text`, or undefined when it is too long to send. */
export function osc52(text: string, opts: Osc52Options = {}): string | undefined {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > OSC52_MAX_BYTES) return undefined;
  const seq = `${ESC}]52;${opts.target ?? 'c'};${bytes.toString('base64')}${BEL}`;
  // In a DCS passthrough every ESC is doubled, and ESC \ ends it.
  return opts.tmux ? `${ESC}Ptmux;${seq.replaceAll(ESC, ESC + ESC)}${ESC}\\` : seq;
}

/** Whether we run inside tmux, from the environment. */
export function insideTmux(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.TMUX) || /^(tmux|screen)/.test(env.TERM ?? '');
}
