import { guardStream, MAX_MESSAGE_LINE, MAX_OUTPUT_LINE } from '../text/output.js';

/** The process streams a command talks to; tests pass their own. */
export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  // `trainscape ... | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') return;
    process.stderr.write(`trainscape: cannot write the output: ${err.message}\n`);
    process.exitCode = 1;
  });
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Whether the environment can draw Unicode glyphs; TERM=dumb or a non-UTF-8 locale gets ASCII. */
export function asciiOnly(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'dumb') return true;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return locale !== '' && !/utf-?8/i.test(locale) && locale !== 'C.UTF-8';
}

/**
 * The same streams with every write sanitised and capped (source/text/output.ts):
 * printed views keep their colour, messages on stderr keep nothing but text.
 */
export function guardIo(io: Io): Io {
  return {
    ...io,
    stdout: guardStream(io.stdout, { keepSgr: true, maxLine: MAX_OUTPUT_LINE }),
    stderr: guardStream(io.stderr, { keepSgr: false, maxLine: MAX_MESSAGE_LINE }),
  };
}
