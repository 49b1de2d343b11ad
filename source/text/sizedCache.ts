/**
 * Caches bounded by the bytes they hold, not by how many entries: an entry cap lets a cache
 * of long lines (a wide terminal, a long note) grow without bound in bytes. Each is a
 * least-recently-used cache (lru-cache) that counts an estimate of every entry's heap size and
 * drops the least recently used entries past its budget; an entry larger than the whole budget
 * is not kept. The budgets are listed in docs/reliability.md.
 */
import { LRUCache } from 'lru-cache';

/** Heap bytes of a string, at most: a header and two bytes a character (V8 keeps Latin-1 text in one). */
export const stringBytes = (text: string): number => 24 + 2 * text.length;

/** What the cache spends on an entry of its own (slot, links, the key reference), about. */
const ENTRY_BYTES = 64;

export type SizedCache<V extends {}> = LRUCache<string, V>;

/** A cache of at most `maxBytes`, counting each entry as its key, `valueBytes(value)` and the cache's own share. */
export function sizedCache<V extends {}>(maxBytes: number, valueBytes: (value: V) => number): SizedCache<V> {
  return new LRUCache<string, V>({
    maxSize: maxBytes,
    sizeCalculation: (value, key) => ENTRY_BYTES + stringBytes(key) + Math.max(0, Math.ceil(valueBytes(value))),
  });
}
