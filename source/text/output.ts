/**
 * The one sanitising choke point for everything the program prints outside
 * the dashboard: printed views on stdout, messages, problems and warnings on
 * stderr. Whatever the text holds, what leaves is made visible
 * (source/text/visible.ts) except the program's own colour (SGR) sequences,
 * and no line is longer than a cap.
 *
 * The dashboard draws through Ink, where every piece of data text passes
 * `visibleLine` in the line builders; its few writes of its own (restoring the
 * terminal) are fixed sequences.
 */
import { visible } from './visible.js';

/** A line of a printed view: far above any real line (a field holds at most 4,000 characters). */
export const MAX_OUTPUT_LINE = 64 * 1024;
/** A line of a message on stderr (a problem, a warning, an error). */
export const MAX_MESSAGE_LINE = 2000;

// The program's own colour: SGR with numeric parameters only.
const SGR = /\u001b\[[0-9;]*m/g;

/** A line cut to `max` characters (whole code points), saying how much was left out. */
export function capLine(line: string, max: number): string {
  if (line.length <= max) return line;
  let cut = line.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}… (${line.length - cut.length} more characters)`;
}

/** `text` as it may reach a terminal: made visible (keeping the program's SGR when `keepSgr`), each line capped. */
export function safeOutput(text: string, opts: { keepSgr: boolean; maxLine: number }): string {
  // CRLF ends a CSV record (RFC 4180): kept; a CR anywhere else is shown as \x0d.
  if (text.includes('\r\n')) {
    return text
      .split('\r\n')
      .map((part) => safeOutput(part, opts))
      .join('\r\n');
  }
  let out: string;
  if (opts.keepSgr && text.includes('\u001b')) {
    const parts: string[] = [];
    let at = 0;
    for (const m of text.matchAll(SGR)) {
      parts.push(visible(text.slice(at, m.index)), m[0]);
      at = m.index + m[0].length;
    }
    parts.push(visible(text.slice(at)));
    out = parts.join('');
  } else out = visible(text);
  if (out.length <= opts.maxLine) return out;
  return out
    .split('\n')
    .map((l) => capLine(l, opts.maxLine))
    .join('\n');
}

type Writable = Pick<NodeJS.WriteStream, 'write'>;

/** A stream whose `write` goes through `safeOutput`; everything else (isTTY, columns, on) is the stream's own. */
export function guardStream<T extends Writable>(stream: T, opts: { keepSgr: boolean; maxLine: number }): T {
  return writingThrough(stream, (text) => safeOutput(text, opts));
}

/** A stream whose string writes go through `transform`; everything else is the stream's own. */
export function writingThrough<T extends Writable>(stream: T, transform: (text: string) => string): T {
  const write = (chunk: unknown, ...rest: unknown[]) =>
    (stream.write as (c: unknown, ...r: unknown[]) => boolean)(
      typeof chunk === 'string' ? transform(chunk) : chunk,
      ...rest,
    );
  return new Proxy(stream, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
