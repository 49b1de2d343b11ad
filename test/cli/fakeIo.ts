/** Runs `main` in-process with fake streams: fast, and the output is a string. */
import { main } from '../../source/cli.js';
import type { Io } from '../../source/run/io.js';

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeOptions {
  env?: NodeJS.ProcessEnv;
  /** Pretend stdout (and stdin) is a terminal of this many columns. */
  tty?: number;
}

function sink(tty?: number) {
  const chunks: string[] = [];
  const stream = {
    isTTY: tty !== undefined,
    columns: tty,
    write(chunk: string | Uint8Array) {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
  };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

export async function runMain(args: string[], opts: FakeOptions = {}): Promise<FakeRun> {
  const out = sink(opts.tty);
  const err = sink();
  const io: Io = {
    stdout: out.stream,
    stderr: err.stream,
    stdin: { isTTY: false } as unknown as NodeJS.ReadStream,
    env: { LANG: 'C.UTF-8', ...opts.env },
  };
  const code = await main(args, io);
  return { code, stdout: out.text(), stderr: err.text() };
}
