/** Parses one dataset file (YAML, or JSON as its fast path) into plain data with a locator. */
import { type Document, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { visibleLine } from '../text/visible.js';
import { locate } from './locate.js';
import type { Problem } from './problems.js';
import { MAX_YAML_BYTES, type RawFile } from './read.js';

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
  // The yaml library's own uniqueKeys check is quadratic in a mapping's size
  // (20,000 keys took 3 s); duplicateKeys below does the same in linear time.
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  return { doc, counter };
}

/** A key that repeats an earlier key of its mapping: the key, and the offsets of the repeat and of the first. */
interface Duplicate {
  key: string;
  at: number;
  first: number;
}

/** Every key that repeats an earlier scalar key of the same mapping (merge keys `<<` aside). */
function duplicateKeys(doc: Document): Duplicate[] {
  const found: Duplicate[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || key.value === '<<') continue;
        const id = typeof key.value === 'object' && key.value !== null ? String(key.value) : key.value;
        const first = seen.get(id);
        if (first !== undefined) found.push({ key: String(key.value), at: key.range?.[0] ?? 0, first });
        else seen.set(id, key.range?.[0] ?? 0);
      }
    },
  });
  return found;
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
    } catch (err) {
      // The YAML parser reports the error with its position, unless the file is too big for it.
      if (text.length > MAX_YAML_BYTES) return { ok: false, problems: [jsonProblem(name, text, err)] };
    }
  }
  if (!fast) {
    located = yamlDoc(text);
    const { doc, counter } = located;
    const errors = [
      ...doc.errors,
      ...duplicateKeys(doc).map((d) => {
        const first = counter.linePos(d.first);
        const message = `duplicate key "${visibleLine(d.key)}"; it first appears at line ${first.line}, column ${first.col}`;
        return { code: 'DUPLICATE_KEY', message, pos: [d.at, d.at] };
      }),
    ];
    if (errors.length > 0) {
      return {
        ok: false,
        problems: errors.slice(0, 20).map((e) => {
          const pos = counter.linePos(e.pos[0] ?? 0);
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

/** A JSON syntax error located from the engine's `at position N`, where it gives one. */
function jsonProblem(name: string, text: string, err: unknown): Problem {
  const first = (err as Error).message.split('\n')[0] ?? '';
  // V8 words it "Expected ':' after property name in JSON at position 5 (line 1 column 6)" (Node 22+)
  // or "Unexpected token '}', "…" is not valid JSON": keep the detail, drop the position and the echo.
  const detail = first
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, ".*is not valid JSON$/, '')
    .replace(/ in JSON$/, '');
  const message = `JSON syntax error: ${detail || 'not valid JSON'}`;
  const at = /at position (\d+)/.exec((err as Error).message);
  const problem: Problem = { severity: 'error', file: name, message, hint: 'fix the JSON syntax' };
  if (!at) return problem;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return { ...problem, line, column: before.length - before.lastIndexOf('\n') };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  const trimmed = first.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return message;
  return `YAML syntax error: ${trimmed}`;
}
