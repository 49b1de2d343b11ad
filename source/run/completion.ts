/**
 * Shell completion. `trainscape completion` prints yargs' bash/zsh script; the
 * script calls `trainscape --get-yargs-completions WORDS...`, answered here:
 * commands, flags, and the values of --vendor and --category (ids from --data
 * when given, else the bundled dataset), --status, --layout, --view and --format. Paths are left to the shell
 * (the script falls back to file names when nothing is offered).
 * Loaded only when completing.
 */
import yargs, { type Argv } from 'yargs';
import { loadDataset } from '../data/load.js';
import { bundledSnapshot } from '../data/paths.js';
import type { Dataset } from '../data/schema.js';
import { STATUSES } from '../data/vocabulary.js';
import { buildLandscape } from '../model/landscape.js';
import { CSV_LAYOUTS } from '../print/csv.js';
import { FORMATS } from '../print/index.js';
import { VIEW_NAMES } from '../views/types.js';

type ValueKind = 'vendor' | 'category' | 'status' | 'layout' | 'view' | 'format' | 'path' | 'number' | 'text';

const VALUE_FLAGS: Record<string, ValueKind> = {
  '--vendor': 'vendor',
  '-v': 'vendor',
  '--view': 'view',
  '--format': 'format',
  '-f': 'format',
  '--data': 'path',
  '-d': 'path',
  '--width': 'number',
  '--category': 'category',
  '--status': 'status',
  '--layout': 'layout',
  '--search': 'text',
  '--output': 'path',
  '-o': 'path',
};

export interface Grammar {
  commands: readonly string[];
  /** A command's parser (undefined: the views), asked for its flags so completion cannot drift from them. */
  parser: (command: string | undefined) => Argv;
}

interface YargsOptions {
  key: Record<string, boolean>;
  alias: Record<string, string[]>;
  boolean: string[];
}

/** Long flags as typed: `--vendor`, `--no-color` for booleans that default to true. */
function flags(parser: Argv): string[] {
  // getOptions() is public in yargs but missing from its type definitions.
  const opts = (parser as unknown as { getOptions(): YargsOptions }).getOptions();
  const aliases = new Set(Object.values(opts.alias).flat());
  const out: string[] = [];
  for (const key of Object.keys(opts.key)) {
    if (aliases.has(key) || key.length === 1) continue;
    out.push(`--${key}`);
    if (opts.boolean.includes(key) && key !== 'help' && key !== 'version') out.push(`--no-${key}`);
  }
  return out;
}

/** The dataset at `data`, or the bundled one (from its snapshot when fresh, which is cheap). */
function datasetAt(data: string | undefined): Dataset | undefined {
  const snapshot = data === undefined ? bundledSnapshot() : undefined;
  if (snapshot) return snapshot;
  const result = loadDataset(data);
  return result.ok ? result.loaded.dataset : undefined;
}

/** Vendor or category ids from --data when the command line names one, else from the bundled dataset. */
function idsOf(kind: 'vendor' | 'category', words: readonly string[]): string[] {
  let data: string | undefined;
  words.forEach((w, i) => {
    if ((w === '--data' || w === '-d') && words[i + 1]) data = words[i + 1];
    else if (w.startsWith('--data=')) data = w.slice('--data='.length);
  });
  const dataset = datasetAt(data);
  if (!dataset) return [];
  return kind === 'vendor' ? buildLandscape(dataset).vendors.map((v) => v.id) : dataset.categories.map((c) => c.id);
}

function values(kind: ValueKind, words: readonly string[], partial: string): string[] {
  if (kind === 'view') return VIEW_NAMES.filter((v) => v.startsWith(partial));
  if (kind === 'format') return FORMATS.filter((f) => f.startsWith(partial));
  if (kind === 'layout') return CSV_LAYOUTS.filter((l) => l.startsWith(partial));
  if (kind !== 'vendor' && kind !== 'category' && kind !== 'status') return [];
  // --vendor, --category and --status take comma-separated lists: complete the last item, keep the rest.
  const done = partial.includes(',') ? partial.slice(0, partial.lastIndexOf(',') + 1) : '';
  const last = partial.slice(done.length).toLowerCase();
  const taken = new Set(done.split(',').filter(Boolean));
  const known = kind === 'status' ? [...STATUSES] : idsOf(kind, words);
  return known.filter((id) => id.startsWith(last) && !taken.has(id)).map((id) => done + id);
}

/** Completions for the last word of `words` (the shell's words, with or without the program name first). */
export function completions(words: readonly string[], grammar: Grammar): string[] {
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  const previous = before[before.length - 1] ?? '';
  const eq = /^(--[\w-]+)=(.*)$/.exec(current);
  if (eq) return values(VALUE_FLAGS[eq[1] ?? ''] ?? 'path', words, eq[2] ?? '').map((v) => `${eq[1]}=${v}`);
  const kind = VALUE_FLAGS[previous];
  if (kind) return values(kind, words, current);
  const command = before.find((w) => grammar.commands.includes(w));
  if (current.startsWith('-')) {
    const everywhere = ['--help', '--version'];
    const own = flags(grammar.parser(command)).filter((f) => !everywhere.includes(f));
    return [...own, ...everywhere].filter((f) => f.startsWith(current));
  }
  if (command === undefined) return grammar.commands.filter((c) => c.startsWith(current));
  return [];
}

/**
 * The bash/zsh script. yargs' own `completion` command clashes with a default
 * command under strict mode, so a bare parser prints it.
 */
export function completionScript(): Promise<string> {
  return new Promise((resolve, reject) => {
    yargs([])
      .scriptName('trainscape')
      .completion('completion', false)
      .parse(['completion'], {}, (err, _argv, output) => {
        if (err) reject(err);
        else resolve(`${output}\n`);
      });
  });
}
