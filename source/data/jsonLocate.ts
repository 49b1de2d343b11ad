/**
 * Positions in a JSON dataset without the YAML parser: one pass of
 * jsonc-parser's scanner finds duplicate keys (JSON.parse keeps the last one
 * silently) and records where each top-level section and each of its entries
 * starts and ends; a problem deeper than that is located by parsing only the
 * entry it is in. A 24 MB dataset is never handed to the YAML parser whole.
 * The pass costs about as much as JSON.parse itself, so it is made only when
 * a problem needs a position or `mayHaveDuplicates` says a key repeats.
 */
import { findNodeAtLocation, type Node, parseTree, visit } from 'jsonc-parser';

interface Span {
  offset: number;
  length: number;
}

export interface JsonIndex {
  /** Keys that repeat an earlier key of the same object: the key, its offset, and the first one's offset. */
  duplicates: { key: string; at: number; first: number }[];
  /** Line and column (1-based) of a field path; at the key itself with `atKey`. */
  where(path: readonly PropertyKey[], atKey?: boolean): { line: number; column: number };
}

const key = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

export function indexJson(text: string): JsonIndex {
  const duplicates: JsonIndex['duplicates'] = [];
  // Spans of values at depth 1 and 2 (a section, and one vendor's cells or one list item), and of their keys.
  const spans = new Map<string, Span>();
  const keys = new Map<string, number>();
  const open: { path: string; offset: number; depth: number; seen?: Map<string, number> }[] = [];
  let depth = 0;
  const begin = (offset: number, pathSupplier: () => (string | number)[], object: boolean) => {
    const record = depth <= 2;
    open.push({
      path: record ? key(pathSupplier()) : '',
      offset,
      depth,
      seen: object ? new Map() : undefined,
    });
    depth++;
  };
  const end = (offset: number, length: number) => {
    depth--;
    const top = open.pop();
    if (top && top.depth >= 1 && top.depth <= 2)
      spans.set(top.path, { offset: top.offset, length: offset + length - top.offset });
  };
  visit(
    text,
    {
      onObjectBegin: (offset, _l, _sl, _sc, path) => begin(offset, path, true),
      onArrayBegin: (offset, _l, _sl, _sc, path) => begin(offset, path, false),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (property, offset, _l, _sl, _sc, path) => {
        const top = open[open.length - 1];
        if (top?.seen) {
          const first = top.seen.get(property);
          if (first !== undefined) duplicates.push({ key: property, at: offset, first });
          else top.seen.set(property, offset);
        }
        if (depth <= 2) keys.set(key([...path(), property]), offset);
      },
    },
    { disallowComments: true },
  );

  let lineStarts: number[] | undefined;
  const position = (offset: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };

  // The last entry parsed on its own, kept for the next problem in the same entry.
  let cached: { path: string; tree: Node | undefined } | undefined;
  const where = (path: readonly PropertyKey[], atKey = false) => {
    const segs = path.map((s) => (typeof s === 'number' ? s : String(s)));
    // The deepest recorded ancestor (depth 2, then 1).
    for (let d = Math.min(2, segs.length); d >= 1; d--) {
      const base = segs.slice(0, d);
      const span = spans.get(key(base));
      if (!span) {
        const k = keys.get(key(base));
        if (k !== undefined && (atKey || d < segs.length)) return position(k);
        continue;
      }
      const rest = segs.slice(d);
      if (rest.length === 0) return position(atKey ? (keys.get(key(base)) ?? span.offset) : span.offset);
      const slice = key(base);
      if (cached?.path !== slice)
        cached = { path: slice, tree: parseTree(text.slice(span.offset, span.offset + span.length)) };
      let node: Node | undefined;
      let found = rest.length;
      for (; found > 0; found--) {
        node = cached.tree && findNodeAtLocation(cached.tree, rest.slice(0, found));
        if (node) break;
      }
      if (!node) return position(span.offset);
      const at = atKey && found === rest.length && node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return position(span.offset + at);
    }
    return position(0);
  };
  return { duplicates, where };
}

/**
 * Whether JSON.parse dropped a repeated key: the text's keys (strings followed
 * by a colon) outnumber the parsed value's properties. Two native-speed passes
 * over valid JSON, so the usual file (no duplicates) never needs `indexJson`.
 */
export function mayHaveDuplicates(text: string, value: unknown): boolean {
  return keysInText(text) !== keysInValue(value);
}

function keysInText(text: string): number {
  let keys = 0;
  // Outside strings, valid JSON has no quote; each string's end is the next unescaped quote.
  for (let start = text.indexOf('"'); start !== -1; ) {
    let end = text.indexOf('"', start + 1);
    while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
    if (end === -1) break;
    let next = end + 1;
    let c = text.charCodeAt(next);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++next);
    if (c === 0x3a) keys++;
    start = text.indexOf('"', next);
  }
  return keys;
}

/** Whether the quote at `at` follows an odd run of backslashes. */
function escaped(text: string, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; text.charCodeAt(i) === 0x5c; i--) slashes++;
  return slashes % 2 === 1;
}

function keysInValue(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        keys++;
        const item = (v as Record<string, unknown>)[k];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return keys;
}
