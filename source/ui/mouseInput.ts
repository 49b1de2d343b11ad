/**
 * Mouse reports taken out of the terminal's input before Ink reads it (Ink
 * drops them, and has no mouse API): the real stdin flows through a filter
 * that hands SGR mouse reports to listeners and passes everything else on,
 * unchanged, to a stream Ink reads as its stdin (raw mode goes through to the
 * terminal). A report split across two reads is held until it is whole.
 */
import { PassThrough } from 'node:stream';

/** Where mouse reports come from; `listen` returns the way to stop listening. */
export interface MouseSource {
  listen(listener: (report: string) => void): () => void;
}

const REPORT = /\u001b\[<\d+;\d+;\d+[Mm]/g;
const PARTIAL = /\u001b\[<[\d;]*$/;

/** Splits input into mouse reports and the rest; a trailing partial report is held as `pending`. */
export function takeMouse(input: string): { rest: string; reports: string[]; pending: string } {
  const reports = input.match(REPORT) ?? [];
  let rest = input.replace(REPORT, '');
  const partial = PARTIAL.exec(rest);
  const pending = partial ? partial[0] : '';
  if (partial) rest = rest.slice(0, partial.index);
  return { rest, reports, pending };
}

export interface MouseInput {
  /** What Ink reads as stdin. */
  stdin: NodeJS.ReadStream;
  source: MouseSource;
  close(): void;
}

export function mouseInput(real: NodeJS.ReadStream): MouseInput {
  const listeners = new Set<(report: string) => void>();
  const pass = new PassThrough() as unknown as NodeJS.ReadStream & PassThrough;
  Object.assign(pass, {
    isTTY: real.isTTY,
    setRawMode: (on: boolean) => {
      real.setRawMode?.(on);
      return pass;
    },
    ref: () => {
      real.ref?.();
      return pass;
    },
    unref: () => {
      real.unref?.();
      return pass;
    },
  });
  let held = '';
  const onData = (chunk: Buffer | string) => {
    const { rest, reports, pending } = takeMouse(held + chunk.toString());
    held = pending;
    for (const r of reports) for (const l of listeners) l(r);
    if (rest !== '') pass.write(rest);
  };
  real.on('data', onData);
  return {
    stdin: pass,
    source: {
      listen(l) {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    },
    close() {
      real.off('data', onData);
      real.pause();
      listeners.clear();
      pass.end();
    },
  };
}
