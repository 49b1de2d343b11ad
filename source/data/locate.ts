/** Maps a field path inside a parsed YAML document to a line and column. */
import { type Document, isMap, isScalar, isSeq, type LineCounter } from 'yaml';

interface Ranged {
  range?: [number, number, number] | null;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Ranged | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Each mapping's pairs by key text, built once: locating thousands of problems stays linear. */
const indexes = new WeakMap<object, Map<string, { key: unknown; value: unknown }>>();
function pairOf(map: { items: { key: unknown; value: unknown }[] }, key: string) {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const k = keyText(p.key);
      if (!index.has(k)) index.set(k, p);
    }
    indexes.set(map, index);
  }
  return index.get(key);
}

/**
 * Finds the deepest node along `path` and returns its 1-based position.
 * With `atKey`, a final map segment points at its key rather than its value
 * (right for "unknown key" problems).
 */
export function locate(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  atKey = false,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = offsetOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, String(seg));
      if (!pair) break;
      offset = offsetOf(pair.key) ?? offset;
      if (last && atKey) break;
      node = pair.value;
      offset = offsetOf(node) ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      node = item;
      offset = offsetOf(node) ?? offset;
    } else {
      break;
    }
  }
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
