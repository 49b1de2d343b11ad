/**
 * The command line: parse and validate flags with yargs, then either print a
 * view (piped, or --format) or open the dashboard. The program, not yargs,
 * decides how errors look and which code the process exits with.
 */
import yargs, { type Argv } from 'yargs';
import { DataError, formatProblem } from './data/problems.js';
import { FORMATS, type Format, render } from './print/index.js';
import { loadContext } from './run/context.js';
import { EXIT, UsageError } from './run/errors.js';
import { asciiOnly, type Io, processIo } from './run/io.js';
import { runValidate } from './run/validate.js';
import { colorLevel, makeTheme } from './theme.js';
import { buildView } from './views/index.js';
import { VIEW_NAMES, type ViewName } from './views/types.js';

declare const TRAINSCAPE_VERSION: string | undefined;
const VERSION = typeof TRAINSCAPE_VERSION === 'string' ? TRAINSCAPE_VERSION : '0.0.0-dev';

interface ViewArgs {
  vendor: string[];
  view: ViewName;
  format?: Format;
  data?: string;
  color: boolean;
  width?: number;
}

function parser(args: string[]): Argv {
  return yargs(args)
    .scriptName('trainscape')
    .usage(
      '$0 [options]\n\nThe foundation-model training landscape: Databricks Mosaic AI, Google Vertex AI,\nAmazon SageMaker AI and Azure Machine Learning, every claim with its source.',
    )
    .command('$0', 'Open the dashboard (or print a view when piped or given --format)')
    .command('validate [path]', 'Check a dataset file or folder and list every problem', (y) =>
      y.positional('path', { type: 'string', describe: 'Dataset file or folder (default: the bundled dataset)' }),
    )
    .option('vendor', {
      alias: 'v',
      type: 'string',
      array: true,
      default: [] as string[],
      describe: 'Show only these vendors (ids or aliases; repeat or comma-separate)',
    })
    .option('view', { type: 'string', choices: VIEW_NAMES, default: 'overview', describe: 'The view to open or print' })
    .option('format', {
      alias: 'f',
      type: 'string',
      choices: FORMATS,
      describe: 'Print the view in this format and exit',
    })
    .option('data', {
      alias: 'd',
      type: 'string',
      describe: 'Use this dataset file or folder instead of the bundled one',
    })
    .option('color', {
      type: 'boolean',
      default: true,
      describe: 'Colour output (--no-color turns it off; NO_COLOR and FORCE_COLOR are honoured)',
    })
    .option('width', {
      type: 'number',
      describe: 'Width of printed tables (default: the terminal, or $COLUMNS, or 100)',
    })
    .example('$0', 'Open the dashboard on the bundled data')
    .example('$0 --vendor databricks,sagemaker --view features', 'Compare two vendors in the feature matrix')
    .example('$0 --view features --format markdown > matrix.md', 'Paste-ready Markdown for a decision record')
    .example('$0 --view deals --format json | jq ".rows[].target"', 'Feed a view to jq')
    .example('$0 --data ./my-landscape.yaml', 'Use your own dataset')
    .example('$0 validate ./my-landscape.yaml', 'Check a dataset and list every problem')
    .strict()
    .version(VERSION)
    .alias('version', 'V')
    .help()
    .alias('help', 'h')
    .wrap(Math.min(100, process.stdout.columns || 100));
}

/** Parses argv; resolves to the parsed arguments, or to the text yargs wanted to print (help, version). */
function parse(args: string[]): Promise<{ argv: Record<string, unknown>; output: string }> {
  return new Promise((resolve, reject) => {
    parser(args).parse(args, {}, (err, argv, output) => {
      if (err) reject(new UsageError(usageMessage(err.message)));
      else resolve({ argv: argv as Record<string, unknown>, output });
    });
  });
}

/** Rewrites yargs' messages into one short line in the program's voice. */
function usageMessage(message: string): string {
  const choice = /Argument: ([\w-]+), Given: "([^"]*)", Choices: (.*)/.exec(message);
  if (choice) {
    const choices = (choice[3] ?? '').replace(/"/g, '').replace(/\s*\n[\s\S]*/, '');
    return `--${choice[1]} must be one of ${choices}; got "${choice[2]}"`;
  }
  return message
    .replace(/^Unknown arguments?: /, 'unknown option: ')
    .replace(/^Not enough arguments following: (.*)/, '--$1 needs a value')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function printWidth(args: ViewArgs, io: Io): number {
  if (args.width !== undefined) {
    if (!Number.isInteger(args.width) || args.width < 20 || args.width > 1000) {
      throw new UsageError(`--width must be a whole number from 20 to 1000, not ${args.width}`);
    }
    return args.width;
  }
  const cols = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS);
  return cols && cols >= 20 ? cols : 100;
}

async function runViews(args: ViewArgs, io: Io): Promise<number> {
  const ctx = loadContext(args.data, args.vendor);
  const interactive = args.format === undefined && io.stdout.isTTY === true && io.stdin.isTTY === true;
  const level = colorLevel({ flag: args.color, isTTY: io.stdout.isTTY === true, env: io.env });
  const ascii = asciiOnly(io.env);
  if (interactive) {
    const { runDashboard } = await import('./ui/runDashboard.js');
    return runDashboard({ ...ctx, view: args.view, level, ascii, io });
  }
  const view = buildView(args.view, ctx.land, { vendors: ctx.vendors });
  io.stdout.write(
    render(view, args.format ?? 'table', { width: printWidth(args, io), theme: makeTheme(level), ascii }),
  );
  return EXIT.ok;
}

export async function main(args: string[], io: Io = processIo()): Promise<number> {
  const fail = (message: string, hint?: string) => {
    io.stderr.write(`trainscape: ${message}\n${hint ? `${hint}\n` : ''}`);
  };
  try {
    const { argv, output } = await parse(args);
    if (output) {
      io.stdout.write(`${output}\n`);
      return EXIT.ok;
    }
    const command = String((argv._ as unknown[])[0] ?? '');
    if (command === 'validate') return runValidate(argv.path as string | undefined, io);
    if (command !== '') throw new UsageError(`unknown command "${command}"`, 'run trainscape --help for the commands');
    return await runViews(argv as unknown as ViewArgs, io);
  } catch (err) {
    if (err instanceof UsageError) {
      fail(err.message, err.hint ?? 'run trainscape --help for usage');
      return EXIT.usage;
    }
    if (err instanceof DataError) {
      for (const p of err.problems) io.stderr.write(`${formatProblem(p)}\n`);
      const n = err.problems.filter((p) => p.severity === 'error').length;
      fail(`the dataset is not valid (${n} problem${n === 1 ? '' : 's'}); run trainscape validate for the full list`);
      return EXIT.data;
    }
    if (io.env.DEBUG?.split(',').includes('trainscape')) io.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    fail(
      `unexpected error: ${(err as Error)?.message ?? String(err)}`,
      'set DEBUG=trainscape for details, and please report it',
    );
    return EXIT.unexpected;
  }
}
