/** Parses one dataset file (YAML, or JSON as its fast path) into plain data with a locator. */
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { visibleLine } from '../text/visible.js';
import { indexJson, type JsonIndex, mayHaveDuplicates } from './jsonLocate.js';
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
/**
 * What a YAML dataset may produce once its aliases are expanded: nodes
 * (mappings, lists, scalars) and characters of text. A 2 MiB file without
 * aliases cannot come near either (a node takes at least two bytes), so only
 * amplification through aliases meets them: one list of a few thousand
 * entries aliased a thousand times is refused before anything is built.
 */
export const MAX_NODES = 1_500_000;
export const MAX_CHARS = 8 * 1024 * 1024;

interface Expansion {
  nodes: number;
  chars: number;
  /** An alias naming no anchor defined before it. */
  unresolved?: { name: string; offset: number };
}

/** Nodes and characters the document stands for with every alias expanded; stops counting past the limits. */
function expansion(doc: Document): Expansion {
  const total: Expansion = { nodes: 0, chars: 0 };
  const memo = new Map<unknown, [number, number]>();
  const active = new Set<unknown>();
  // Iterative, so absurd nesting cannot overflow the stack here.
  const size = (root: unknown): [number, number] => {
    const known = memo.get(root);
    if (known) return known;
    let nodes = 0;
    let chars = 0;
    active.add(root);
    const stack: unknown[] = [root];
    while (stack.length > 0 && nodes <= MAX_NODES && chars <= MAX_CHARS) {
      const node = stack.pop();
      if (isAlias(node)) {
        const target = node.resolve(doc);
        if (!target) {
          total.unresolved ??= { name: node.source, offset: node.range?.[0] ?? 0 };
          nodes++;
          continue;
        }
        if (active.has(target)) {
          nodes++;
          continue;
        }
        active.add(target);
        const [n, c] = size(target);
        active.delete(target);
        nodes += n;
        chars += c;
      } else if (isScalar(node)) {
        nodes++;
        chars += typeof node.value === 'string' ? node.value.length : 8;
      } else if (isMap(node)) {
        nodes++;
        for (const pair of node.items) stack.push(pair.key, pair.value);
      } else if (isSeq(node)) {
        nodes++;
        for (const item of node.items) stack.push(item);
      }
    }
    active.delete(root);
    const result: [number, number] = [nodes, chars];
    memo.set(root, result);
    return result;
  };
  const [nodes, chars] = size(doc.contents);
  total.nodes = nodes;
  total.chars = chars;
  return total;
}

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

/** Thrown by a JSON file's `where` when the file is too deeply nested to locate anything in. */
export class NestedTooDeeply extends Error {
  readonly problem: Problem;
  constructor(file: string) {
    super('the JSON is nested too deeply to read');
    this.problem = { severity: 'error', file, message: this.message, hint: 'check its structure against docs/data.md' };
  }
}

export function parseFile(file: RawFile): { ok: true; parsed: ParsedFile } | { ok: false; problems: Problem[] } {
  const { name, text } = file;
  let value: unknown;
  let located: ReturnType<typeof yamlDoc> | undefined;
  let json: JsonIndex | undefined;
  let fast = false;
  // A JSON file is indexed for positions only when a problem first needs one.
  const jsonIndex = () => {
    try {
      json ??= indexJson(text);
    } catch (err) {
      if (err instanceof RangeError) throw new NestedTooDeeply(name);
      throw err;
    }
    return json;
  };
  const where = (path: readonly PropertyKey[], atKey = false) => {
    if (fast) return jsonIndex().where(path, atKey);
    located ??= yamlDoc(text);
    return locate(located.doc, located.counter, path, atKey);
  };

  if (/\.json$/i.test(name)) {
    try {
      value = JSON.parse(text);
      fast = true;
    } catch (err) {
      // A .json file is JSON: its error is the engine's, with the position it gives (the YAML parser
      // would accept what JSON does not, such as a trailing comma, and word the error as YAML).
      if (err instanceof RangeError) return { ok: false, problems: [new NestedTooDeeply(name).problem] };
      return { ok: false, problems: [jsonProblem(name, text, err)] };
    }
  }
  if (fast && mayHaveDuplicates(text, value)) {
    let index: JsonIndex;
    try {
      index = jsonIndex();
    } catch (err) {
      if (err instanceof NestedTooDeeply) return { ok: false, problems: [err.problem] };
      throw err;
    }
    if (index.duplicates.length > 0) {
      return {
        ok: false,
        problems: index.duplicates.slice(0, 20).map((d) => {
          const first = offsetPosition(text, d.first);
          return {
            severity: 'error' as const,
            file: name,
            ...offsetPosition(text, d.at),
            message: `duplicate key "${visibleLine(d.key)}"; it first appears at line ${first.line}, column ${first.column}`,
            hint: 'each key may appear once per object; JSON.parse would silently keep the last',
          };
        }),
      };
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
    const grown = expansion(doc);
    if (grown.unresolved) {
      const pos = counter.linePos(grown.unresolved.offset);
      return {
        ok: false,
        problems: [
          {
            severity: 'error',
            file: name,
            line: pos.line,
            column: pos.col,
            message: `the alias *${grown.unresolved.name} names no anchor &${grown.unresolved.name} defined before it`,
            hint: 'define the anchor (&name) before its first alias (*name), or fix the name',
          },
        ],
      };
    }
    if (grown.nodes > MAX_NODES || grown.chars > MAX_CHARS) {
      return {
        ok: false,
        problems: [
          {
            severity: 'error',
            file: name,
            message: `the YAML expands too far through its aliases (more than ${grown.nodes > MAX_NODES ? `${MAX_NODES.toLocaleString('en')} values` : `${MAX_CHARS / 1048576} MiB of text`} once every *alias is written out)`,
            hint: 'remove the repeated aliases (*name); write the data out instead',
          },
        ],
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

/** 1-based line and column of a character offset. */
function offsetPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
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
  if (/call stack/i.test(trimmed)) return 'the YAML is nested too deeply to read';
  return `YAML syntax error: ${trimmed}`;
}
