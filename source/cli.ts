/**
 * The command line: parse and validate flags with yargs, then either print a
 * view (piped, or --format) or open the dashboard. The program, not yargs,
 * decides how errors look and which code the process exits with. What only
 * `diff` and `completion` need is imported when they run.
 */
import yargs, { type Argv } from 'yargs';
import { DataError, formatProblem, onlyBadPaths } from './data/problems.js';
import {
  durationDays,
  type Freshness,
  localToday,
  MAX_STALE_AFTER_DAYS,
  parseDay,
  parseDuration,
} from './model/freshness.js';
import { CSV_LAYOUTS, type CsvLayout } from './print/csv.js';
import { FORMATS, type Format, printableView, type RenderOptions, render } from './print/index.js';
import { loadContext } from './run/context.js';
import { EXIT, UsageError } from './run/errors.js';
import { type FilterArgs, filterText, parseFilter } from './run/filters.js';
import { asciiOnly, guardIo, type Io, processIo } from './run/io.js';
import { choose, ProfileError, type ScoreArgs } from './run/profile.js';
import { printWidth } from './run/width.js';
import { colorLevel, makeTheme } from './theme.js';
import { buildView } from './views/index.js';
import { filterView, isActive } from './views/rowFilter.js';
import { VIEW_NAMES, type ViewName } from './views/types.js';

declare const TRAINSCAPE_VERSION: string | undefined;
const VERSION = typeof TRAINSCAPE_VERSION === 'string' ? TRAINSCAPE_VERSION : '0.0.0-dev';

interface CommonArgs {
  vendor: string[];
  format?: Format;
  color: boolean;
  width?: string;
}

interface ViewArgs extends CommonArgs, ScoreArgs, FilterArgs {
  view: ViewName;
  data?: string;
  watch: boolean;
  layout?: CsvLayout;
  mouse: boolean;
}

/** Real examples, one per command and format; `--help` shows them and a test runs them. */
export const EXAMPLES: readonly [string, string][] = [
  ['$0', 'Open the dashboard on the bundled data'],
  ['$0 --vendor databricks,sagemaker --view features', 'Compare two vendors in the feature matrix'],
  ['$0 --view features --format table --width 80 | less', 'Print the matrix as a table, 80 columns wide'],
  [
    `$0 --view features --format json | jq -r '.rows[] | select(.cells.databricks.status == "ga") | .feature'`,
    'Feed a view to jq: the features Databricks has in GA',
  ],
  [
    '$0 --vendor databricks,sagemaker --view features --category fine-tuning --only-differences --format markdown',
    'Where two vendors differ on fine-tuning, as Markdown with every claim footnoted',
  ],
  [
    '$0 --view features --status preview --search gpu',
    'The rows where a vendor has something in preview that mention GPUs',
  ],
  ['$0 --view deals --format csv > deals.csv', 'A spreadsheet of deals (amounts as numbers, a currency column)'],
  [
    '$0 --view features --format csv --layout long > matrix.csv',
    'One record per feature and vendor, for a pivot table',
  ],
  ['$0 --view scorecard --format markdown > scorecard.md', 'Paste-ready Markdown for a decision record'],
  [
    '$0 --view scorecard --weights distributed-training=3,governance=2,automl=0',
    'Weigh what matters to you: training ×3, governance ×2, AutoML left out',
  ],
  ['$0 --view scorecard --require spot-training,nvidia-h100', 'Leave out every vendor lacking a must-have'],
  ['$0 --view scorecard --profile decision.yaml --format markdown', 'Re-run a saved decision (flags override it)'],
  ['$0 --view features --stale-after 6m', 'Mark claims older than six months as stale'],
  ['$0 --data ./my-landscape.yaml --watch', 'Reload the dashboard whenever you save the dataset'],
  ['$0 --data ./my-landscape.yaml', 'Use your own dataset'],
  ['$0 validate ./my-landscape.yaml', 'Check a dataset and list every problem'],
  ['$0 diff old.yaml new.yaml --format json', 'What changed between two datasets (exit 1 when they differ)'],
  ['$0 report --vendor databricks,sagemaker > decision.md', 'A decision record with every claim footnoted'],
  ['$0 completion >> ~/.bashrc', 'Complete commands, flags, vendor ids and view names in bash or zsh'],
];

const COMMANDS = ['validate', 'diff', 'report', 'completion'] as const;

const REPORT_EXAMPLES: readonly [string, string][] = [
  ['$0 report --vendor databricks,sagemaker --output decision.md', 'A decision record for two vendors, as Markdown'],
  [
    '$0 report --weights fine-tuning=3,governance=2 --format html --output decision.html',
    'The same record as one HTML page, with your weights',
  ],
  ['$0 report --output decision.md --force', 'Replace an earlier record'],
];

const DIFF_EXAMPLES: readonly [string, string][] = [
  ['$0 diff old.yaml new.yaml', 'A table of every change'],
  ['$0 diff old.yaml new.yaml --vendor sagemaker', 'Only what changed for one vendor'],
  ['$0 diff old.yaml new.yaml --format markdown', 'The changes for a pull-request description'],
  [`$0 diff old.yaml new.yaml --format json | jq '.cells[] | select(.from != .to)'`, 'Status changes only'],
  ['$0 diff old.yaml new.yaml > /dev/null || echo changed', 'Use the exit code in a script'],
];

/**
 * Examples as `gh` prints them: what it does, then the command on a line of its
 * own, so a long pipeline is never wrapped and can be copied whole.
 */
function examplesText(examples: readonly [string, string][]): string {
  const lines = examples.flatMap(([cmd, what]) => [`  # ${what}`, `  $ ${cmd.replace(/\$0/g, 'trainscape')}`, '']);
  return `Examples:\n${lines.join('\n')}\nExit status: 0 ok, 1 differences found (diff) or an unexpected error, 2 usage error, 3 invalid data.`;
}

/** --vendor, --format, --color and --width: the options of every command that prints. */
function printOptions(y: Argv, formats: readonly string[] = FORMATS): Argv {
  return y
    .option('vendor', {
      alias: 'v',
      type: 'string',
      array: true,
      requiresArg: true,
      default: [] as string[],
      describe: 'Show only these vendors (ids or aliases; repeat or comma-separate)',
    })
    .option('format', {
      alias: 'f',
      type: 'string',
      choices: formats,
      requiresArg: true,
      describe: 'Print in this format and exit (default when piped: table)',
    })
    .option('color', {
      type: 'boolean',
      default: true,
      describe: 'Colour output (--no-color turns it off; NO_COLOR and FORCE_COLOR are honoured)',
    })
    .option('width', {
      // Read as text, so the message can quote what was given (`--width ''` is not 0).
      type: 'string',
      requiresArg: true,
      describe: 'Width of printed tables (default: $COLUMNS, the terminal, or 100)',
    });
}

/** The dataset and the scorecard choices: each choice may also come from --profile; a flag given wins. */
function scoreOptions(y: Argv): Argv {
  return y
    .option('data', {
      alias: 'd',
      type: 'string',
      requiresArg: true,
      describe: 'Use this dataset file or folder instead of the bundled one',
    })
    .option('weights', {
      alias: 'w',
      type: 'string',
      array: true,
      requiresArg: true,
      default: [] as string[],
      describe: 'Scorecard weights: CATEGORY=NUMBER, comma-separated (others weigh 1; 0 leaves one out)',
    })
    .option('require', {
      type: 'string',
      array: true,
      requiresArg: true,
      default: [] as string[],
      describe: 'Must-haves: feature or accelerator ids (repeat or comma-separate); a vendor lacking one is eliminated',
    })
    .option('min-coverage', {
      type: 'string',
      requiresArg: true,
      describe: 'Rank only vendors with at least this percentage of their cells known (default 80)',
    })
    .option('profile', {
      type: 'string',
      requiresArg: true,
      describe: 'A YAML file of vendors, weights, require, staleAfter and minCoverage (flags override it)',
    })
    .option('stale-after', {
      type: 'string',
      requiresArg: true,
      describe:
        'Mark claims older than this as stale: 90d, 6w, 6m, 1y (default 12m; today: $TRAINSCAPE_TODAY or the clock)',
    });
}

/** The dashboard's and the printed views' own options. */
function viewOptions(y: Argv): Argv {
  return scoreOptions(printOptions(y))
    .option('view', {
      type: 'string',
      choices: VIEW_NAMES,
      default: 'overview',
      requiresArg: true,
      describe: 'The view to open or print',
    })
    .option('watch', {
      type: 'boolean',
      default: false,
      describe: 'Dashboard only: reload the dataset when its file or folder changes',
    })
    .option('only-differences', {
      type: 'boolean',
      describe: 'Only the rows where the shown vendors differ (features, compute)',
    })
    .option('category', {
      type: 'string',
      array: true,
      requiresArg: true,
      describe: 'Only the rows of this category (id or name; repeat or comma-separate; features)',
    })
    .option('status', {
      type: 'string',
      array: true,
      requiresArg: true,
      describe: 'Only the rows where a shown vendor has this status: ga, preview, partial, none, unknown (repeatable)',
    })
    .option('search', {
      type: 'string',
      requiresArg: true,
      describe: 'Only the rows matching this text, as / matches it (cells and notes, folded rows too)',
    })
    .option('layout', {
      type: 'string',
      choices: CSV_LAYOUTS,
      requiresArg: true,
      describe: 'CSV: a column per vendor (wide) or a record per row and vendor (long, for pivot tables)',
    })
    .option('mouse', {
      type: 'boolean',
      default: true,
      describe: 'Dashboard only: wheel and clicks (--no-mouse, or TRAINSCAPE_MOUSE=0, leaves the mouse to select text)',
    });
}

/** report's own options: the scorecard choices, where it goes, and Markdown or HTML. */
function reportOptions(y: Argv): Argv {
  return scoreOptions(
    y.option('vendor', {
      alias: 'v',
      type: 'string',
      array: true,
      requiresArg: true,
      default: [] as string[],
      describe: 'Cover only these vendors (ids or aliases; repeat or comma-separate)',
    }),
  )
    .option('output', {
      alias: 'o',
      type: 'string',
      requiresArg: true,
      describe: 'Write the report to this file (never replaces one without --force)',
    })
    .option('force', { type: 'boolean', default: false, describe: 'Replace the --output file if it exists' })
    .option('format', {
      alias: 'f',
      type: 'string',
      requiresArg: true,
      describe: 'markdown (default) or html, one self-contained page',
    })
    .epilog(examplesText(REPORT_EXAMPLES));
}

/** validate's own option: how the problems are written. */
export const VALIDATE_FORMATS = ['text', 'json'] as const;
function validateOptions(y: Argv): Argv {
  return y
    .positional('path', { type: 'string', describe: 'Dataset file or folder (default: the bundled dataset)' })
    .option('format', {
      alias: 'f',
      type: 'string',
      choices: VALIDATE_FORMATS,
      default: 'text',
      requiresArg: true,
      describe: 'text: one problem a line; json: {valid, problems: [{file, line, column, path, message, …}]}',
    })
    .example('$0 validate ./my-landscape.yaml', 'Exit 0 when valid, 3 with every problem listed')
    .example('$0 validate ./my-landscape.yaml --format json', 'The problems for an editor or a script');
}

/** Each command's options, for completion: `undefined` is the dashboard and printed views. */
export function optionsOf(command: string | undefined): Argv {
  const y = yargs([]);
  if (command === 'validate') return validateOptions(y);
  if (command === 'diff') return printOptions(y);
  if (command === 'report') return reportOptions(y);
  if (command === 'completion') return y;
  return viewOptions(y);
}

function parser(args: string[]): Argv {
  const y = yargs(args)
    .scriptName('trainscape')
    .usage(
      '$0 [options]\n\nThe foundation-model training landscape: Databricks Mosaic AI, Gemini Enterprise Agent Platform\n(formerly Vertex AI), Amazon SageMaker AI and Azure Machine Learning, every claim with its source.',
    )
    .command('$0', 'Open the dashboard (or print a view when piped or given --format)', viewOptions)
    .command('validate [path]', 'Check a dataset file or folder and list every problem', validateOptions)
    .command(
      'diff <old> <new>',
      'Show what changed between two datasets (exit 0 identical, 1 different, 3 invalid)',
      (c) =>
        printOptions(c)
          .positional('old', { type: 'string', describe: 'The earlier dataset file or folder' })
          .positional('new', { type: 'string', describe: 'The later dataset file or folder' })
          .epilog(examplesText(DIFF_EXAMPLES)),
    )
    .command(
      'report',
      'Write a decision record: profile, shortlist, ranking, differences with their evidence, upcoming changes, sources',
      reportOptions,
    )
    .command('completion', 'Print a shell completion script for bash or zsh', (c) =>
      c
        .example('$0 completion >> ~/.bashrc', 'Install for bash')
        .example('$0 completion >> ~/.zshrc', 'Install for zsh'),
    );
  return y
    .epilog(examplesText(EXAMPLES))
    .strict()
    .version(VERSION)
    .alias('version', 'V')
    .help()
    .alias('help', 'h')
    .wrap(null);
}

/** Flags that take one value: giving one twice is a usage error, not "the last one wins". */
const SINGLE_VALUED = [
  'view',
  'format',
  'data',
  'width',
  'stale-after',
  'color',
  'watch',
  'output',
  'profile',
  'min-coverage',
  'search',
  'layout',
] as const;

/**
 * Options whose value may start with a dash (`--stale-after -1m`, `--width -5`)
 * are joined to it (`--stale-after=-1m`), so the value is judged as a value
 * rather than read as flags.
 */
const DASH_VALUES = new Set(['--stale-after', '--width']);
function joinDashValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = args[i + 1];
    if (DASH_VALUES.has(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Parses argv; resolves to the parsed arguments, or to the text yargs wanted to print (help, version, script). */
function parse(given: string[]): Promise<{ argv: Record<string, unknown>; output: string }> {
  const args = joinDashValues(given);
  return new Promise((resolve, reject) => {
    parser(args).parse(args, {}, (err, argv, output) => {
      if (err) reject(usageError(err.message, args));
      else {
        const twice = SINGLE_VALUED.find((f) => Array.isArray((argv as Record<string, unknown>)[f]));
        if (twice) {
          const given = ((argv as Record<string, unknown>)[twice] as unknown[]).map((v) => JSON.stringify(v));
          reject(new UsageError(`--${twice} was given ${given.length} times (${given.join(', ')}); give it once`));
        } else resolve({ argv: argv as Record<string, unknown>, output });
      }
    });
  });
}

/** An unknown option names the command it is unknown to, and where that command's options are listed. */
function usageError(message: string, args: readonly string[]): UsageError {
  const unknown = /^Unknown arguments?: (.*)/.exec(message);
  if (!unknown) return new UsageError(usageMessage(message));
  const command = args.find((a) => (COMMANDS as readonly string[]).includes(a));
  const given = new Set(args.map((a) => a.replace(/=.*$/, '')));
  const names = (unknown[1] ?? '')
    .split(/,\s*/)
    .map((k) => (given.has(`-${k}`) ? `-${k}` : given.has(`--${k}`) ? `--${k}` : k))
    // yargs also names the camelCase form of a dashed option; and a word without a dash was never an option.
    .filter((k) => given.has(k) || k.startsWith('-'));
  const list = names.filter((k, i) => names.indexOf(k) === i).join(', ');
  const positional = args.filter((a) => !a.startsWith('-'));
  const word = names.find((k) => !k.startsWith('-'));
  if (word !== undefined && positional[0] === 'validate')
    return new UsageError(`validate takes one dataset; got another: "${word}"`, 'trainscape validate --help');
  if (word !== undefined && positional[0] === 'diff')
    return new UsageError(`diff takes two datasets; got a third: "${word}"`, 'trainscape diff --help');
  if (word !== undefined && !command && positional[0] === word)
    return new UsageError(
      `unknown command "${word}"; the commands are ${COMMANDS.join(', ')}`,
      'trainscape --help lists them',
    );
  const where = command ? `trainscape ${command}` : 'trainscape';
  return new UsageError(
    names.some((k) => k.startsWith('-'))
      ? command
        ? `${command} has no option ${list}`
        : `unknown option ${list}`
      : command
        ? `unexpected argument ${list || unknown[1]}`
        : `unknown command "${list || unknown[1]}"`,
    `${where} --help lists its options`,
  );
}

/** Rewrites yargs' other messages into one short line in the program's voice. */
function usageMessage(message: string): string {
  const choice = /Argument: ([\w-]+), Given: "([^"]*)", Choices: (.*)/.exec(message);
  if (choice) {
    const choices = (choice[3] ?? '').replace(/"/g, '').replace(/\s*\n[\s\S]*/, '');
    return `--${choice[1]} must be one of ${choices}; got "${choice[2]}"`;
  }
  const missing = /^Not enough non-option arguments: got (\d+), need at least (\d+)/.exec(message);
  if (missing) return 'diff needs two datasets: trainscape diff OLD NEW';
  return message
    .replace(/^Unknown arguments?: /, 'unknown option: ')
    .replace(/^Not enough arguments following: (.*)/, (_m, k: string) =>
      k === 'data'
        ? '--data needs a value: a path to a dataset file or folder'
        : `${k.length === 1 ? '-' : '--'}${k} needs a value`,
    )
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function renderOptions(args: CommonArgs, io: Io): RenderOptions {
  const level = colorLevel({ flag: args.color, isTTY: io.stdout.isTTY === true, env: io.env });
  return { width: printWidth(args.width, io), theme: makeTheme(level), ascii: asciiOnly(io.env) };
}

/** Today and the stale threshold, from TRAINSCAPE_TODAY and --stale-after. */
function freshnessOf(given: string, io: Io): Freshness {
  const staleAfter = parseDuration(given);
  if (!staleAfter) {
    throw new UsageError(
      `--stale-after wants an age like 90d, 6w, 6m or 1y; got "${given}"`,
      'd days, w weeks, m months, y years',
    );
  }
  if (durationDays(staleAfter) > MAX_STALE_AFTER_DAYS) {
    throw new UsageError(
      `--stale-after is at most 100 years; got "${given}"`,
      'e.g. --stale-after 12m; a longer threshold marks nothing stale anyway',
    );
  }
  return { today: todayOf(io), staleAfter };
}

/** Today: TRAINSCAPE_TODAY when set (a real YYYY-MM-DD day), else the local calendar's. */
function todayOf(io: Io): string {
  const day = io.env.TRAINSCAPE_TODAY;
  const today = day ? parseDay(day) : localToday();
  if (!today) throw new UsageError(`TRAINSCAPE_TODAY must be a date written YYYY-MM-DD; got "${day}"`);
  return today;
}

/** A --data or validate path that is no path at all: empty, or a URL (which would be read as a relative folder). */
export function checkDataPath(value: string | undefined, flag: string): void {
  if (value === undefined) return;
  if (value.trim() === '') throw new UsageError(`${flag} needs a path to a dataset file or folder`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new UsageError(
      `${flag} takes a file or folder, not a URL: "${value}"`,
      'download the dataset first, then give its path',
    );
  }
}

async function runViews(args: ViewArgs, io: Io, terminal: Io): Promise<number> {
  checkDataPath(args.data, '--data');
  // A dumb terminal (TERM=dumb: Emacs shell-mode, some CI consoles) has no cursor addressing and no
  // alternate screen; it gets the view printed, as a pipe does.
  const interactive =
    args.format === undefined && io.stdout.isTTY === true && io.stdin.isTTY === true && io.env.TERM !== 'dumb';
  if (args.watch && !interactive) {
    throw new UsageError(
      '--watch works only in the dashboard (a terminal, without --format)',
      'drop --watch to print once, or drop --format to open the dashboard',
    );
  }
  const loadedAt = Date.now();
  const ctx = await loadContext(args.data, args.vendor, todayOf(io));
  const chosen = await choose(ctx.land, args);
  const freshness = freshnessOf(chosen.staleAfter, io);
  const { weights, require, minCoverage } = chosen;
  const vendors = chosen.vendors ?? ctx.vendors;
  const filter = parseFilter(args, args.view, ctx.land);
  if (interactive && isActive(filter)) {
    throw new UsageError(
      '--only-differences, --category, --status and --search filter printed output',
      'add --format table (or markdown, csv, json) to print; in the dashboard, d shows differences only and / searches',
    );
  }
  if (interactive) {
    const level = colorLevel({ flag: args.color, isTTY: true, env: io.env });
    const ascii = asciiOnly(io.env);
    const mouse = args.mouse && io.env.TRAINSCAPE_MOUSE !== '0';
    const watch = args.watch ? (args.data ?? (await import('./data/paths.js')).bundledDataPath()) : undefined;
    // The first frame is drawn from the pure line builders while Ink and React load (~100 ms).
    const { drawFirstFrame } = await import('./ui/firstFrame.js');
    const first = drawFirstFrame(
      terminal,
      {
        land: ctx.land,
        vendors,
        view: args.view,
        level,
        ascii,
        weights,
        require,
        minCoverage,
        freshness,
        watching: !!watch,
      },
      mouse,
    );
    let runDashboard: typeof import('./ui/runDashboard.js').runDashboard;
    try {
      // Diagnostics (docs/reliability.md): stay on the first frame, or fail to load the dashboard after it.
      const fault = io.env.TRAINSCAPE_FAULT;
      if (fault === 'first-frame') await new Promise((resolve) => setTimeout(resolve, 600_000));
      if (fault === 'load') throw new Error('injected fault loading the dashboard (TRAINSCAPE_FAULT=load)');
      ({ runDashboard } = await import('./ui/runDashboard.js'));
    } catch (error) {
      first?.restore();
      throw error;
    }
    return runDashboard({
      ...ctx,
      vendors,
      view: args.view,
      level,
      ascii,
      // Ink writes its frames to the terminal itself; a message after the dashboard goes through the guard.
      io: { ...terminal, stderr: io.stderr },
      weights,
      require,
      minCoverage,
      freshness,
      today: freshness.today,
      watch,
      loadedAt,
      mouse,
      first,
    });
  }
  const format = args.format ?? 'table';
  if (!FORMATS.includes(format))
    throw new UsageError(`--format ${format} is for trainscape report`, `views print as ${FORMATS.join(', ')}`);
  if (args.layout === 'long' && (format !== 'csv' || !['features', 'compute'].includes(args.view)))
    throw new UsageError(
      '--layout long is for CSV of the features and compute views',
      'e.g. trainscape --view features --format csv --layout long',
    );
  const view = filterView(
    buildView(args.view, ctx.land, { vendors, weights, freshness, require, minCoverage }),
    filter,
    ctx.land,
  );
  const printable = { ...printableView(view), filter: filterText(filter, ctx.land) };
  if (isActive(filter) && view.table.rows.length === 0) printable.empty = 'No rows pass the filters.';
  io.stdout.write(render(printable, format, { ...renderOptions(args, io), layout: args.layout }));
  return EXIT.ok;
}

const COMPLETIONS_FLAG = '--get-yargs-completions';
/** How many data problems a view command prints before pointing at validate. */
const SHOWN_PROBLEMS = 10;

export async function main(args: string[], given: Io = processIo()): Promise<number> {
  const io = guardIo(given);
  const fail = (message: string, hint?: string) => {
    io.stderr.write(`trainscape: ${message}\n${hint ? `${hint}\n` : ''}`);
  };
  try {
    const at = args.indexOf(COMPLETIONS_FLAG);
    if (at >= 0) {
      const { completions } = await import('./run/completion.js');
      const found = completions(args.slice(at + 1), { commands: COMMANDS, parser: optionsOf });
      io.stdout.write(found.map((c) => `${c}\n`).join(''));
      return EXIT.ok;
    }
    const { argv, output } = await parse(args);
    if (output) {
      io.stdout.write(`${output}\n`);
      return EXIT.ok;
    }
    const command = String((argv._ as unknown[])[0] ?? '');
    if (command === 'validate') {
      checkDataPath(argv.path as string | undefined, 'validate');
      const { runValidate } = await import('./run/validate.js');
      return runValidate(argv.path as string | undefined, io, argv.format === 'json' ? 'json' : 'text');
    }
    if (command === 'report') {
      const { runReport } = await import('./run/report.js');
      const a = argv as unknown as ViewArgs & { output?: string; force: boolean };
      return await runReport(a, todayOf(io), (staleAfter) => freshnessOf(staleAfter, io), io);
    }
    if (command === 'completion') {
      const { completionScript } = await import('./run/completion.js');
      io.stdout.write(await completionScript());
      return EXIT.ok;
    }
    if (command === 'diff') {
      const { runDiff } = await import('./run/diff.js');
      const a = argv as unknown as CommonArgs & { old: string; new: string };
      checkDataPath(a.old, 'diff');
      checkDataPath(a.new, 'diff');
      return runDiff(a, io, renderOptions(a, io));
    }
    if (command !== '') throw new UsageError(`unknown command "${command}"`, 'run trainscape --help for the commands');
    return await runViews(argv as unknown as ViewArgs, io, given);
  } catch (err) {
    if (err instanceof UsageError) {
      fail(err.message, err.hint ?? 'run trainscape --help for usage');
      return EXIT.usage;
    }
    if (err instanceof ProfileError) {
      for (const p of err.problems.slice(0, SHOWN_PROBLEMS)) io.stderr.write(`${formatProblem(p)}\n`);
      fail('the profile is not valid', 'docs/usage.md describes the profile file');
      return EXIT.usage;
    }
    if (err instanceof DataError) {
      // The first few; validate lists them all (a file of 20,000 unknown keys must not flood the terminal).
      for (const p of err.problems.slice(0, SHOWN_PROBLEMS)) io.stderr.write(`${formatProblem(p)}\n`);
      if (err.problems.length > SHOWN_PROBLEMS) io.stderr.write(`… and ${err.problems.length - SHOWN_PROBLEMS} more\n`);
      if (onlyBadPaths(err.problems)) return EXIT.usage;
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
