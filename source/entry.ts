/** The built program's entry: run the CLI and exit with its code. */
import { main } from './cli.js';
import { capLine, MAX_MESSAGE_LINE } from './text/output.js';
import { visible } from './text/visible.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = visible(`trainscape: unexpected error: ${(err as Error)?.message ?? String(err)}`);
    process.stderr.write(`${capLine(message.replace(/\n/g, ' '), MAX_MESSAGE_LINE)}\n`);
    process.exitCode = 1;
  },
);
