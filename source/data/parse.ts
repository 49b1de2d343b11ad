/** Parses one dataset file (YAML, or JSON as its fast path) into plain data with a locator. */
import { type Document, LineCounter, parseDocument } from 'yaml';
import { locate } from './locate.js';
import type { Problem } from './problems.js';
import type { RawFile } from './read.js';

export interface ParsedFile {
  name: string;
  value: unknown;
  /** Line and column of a field path; parses lazily for JSON files. */
  where(path: readonly PropertyKey[], atKey?: boolean): { line: number; column: number };
}

/** Enough for any hand-written dataset; stops "billion laughs" alias bombs early. */
const MAX_ALIASES = 1000;

function yamlDoc(text: string): { doc: Document; counter: LineCounter } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  return { doc, counter };
}

export function parseFile(file: RawFile): { ok: true; parsed: ParsedFile } | { ok: false; problems: Problem[] } {
  const { name, text } = file;
  let value: unknown;
  let located: ReturnType<typeof yamlDoc> | undefined;
  const where = (path: readonly PropertyKey[], atKey = false) => {
    located ??= yamlDoc(text);
    return locate(located.doc, located.counter, path, atKey);
  };

  let fast = false;
  if (/\.json$/i.test(name)) {
    try {
      value = JSON.parse(text);
      fast = true;
    } catch {
      // Fall through to the YAML parser, which reports the error with its position.
    }
  }
  if (!fast) {
    located = yamlDoc(text);
    const { doc, counter } = located;
    const errors = doc.errors;
    if (errors.length > 0) {
      return {
        ok: false,
        problems: errors.slice(0, 20).map((e) => {
          const pos = counter.linePos(e.pos[0]);
          return {
            severity: 'error',
            file: name,
            line: pos.line,
            column: pos.col,
            message: yamlMessage(e.code, e.message),
            hint: e.code === 'DUPLICATE_KEY' ? 'each key may appear once per mapping' : 'fix the YAML syntax',
          } satisfies Problem;
        }),
      };
    }
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      return {
        ok: false,
        problems: [
          {
            severity: 'error',
            file: name,
            message: `the YAML expands too far (${(err as Error).message.split('\n')[0]})`,
            hint: 'remove the repeated aliases (*name); write the data out instead',
          },
        ],
      };
    }
  }
  if (value === null || value === undefined) {
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          file: name,
          message: 'the file holds no data',
          hint: 'a dataset file is a mapping with keys such as `dataset:`, `vendors:`, `features:`',
        },
      ],
    };
  }
  return { ok: true, parsed: { name, value, where } };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  const trimmed = first.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return 'a key appears twice in the same mapping';
  return `YAML syntax error: ${trimmed}`;
}
