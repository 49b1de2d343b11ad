/**
 * What Ink's text wrapping (`wrap-text.js`) and measuring (`measure-text.js`) get for `quick-lru`
 * in the bundle (scripts/build.mjs): the same `get` and `set`, bounded by bytes instead of by
 * Ink's 4,096 entries, which could hold 8,192 whole texts of any length. The budgets are in
 * source/ui/inkCaches.ts.
 */
import { type SizedCache, sizedCache, stringBytes } from '../text/sizedCache.js';
import { INK_CACHE_BYTES } from './inkCaches.js';

/** A wrapped text (a string) or a measured one (`{ width, height }`). */
type Value = string | { width: number; height: number };

const valueBytes = (value: Value) => (typeof value === 'string' ? stringBytes(value) : 56);

export default class InkLru {
  readonly #cache: SizedCache<Value>;

  /** Ink passes `{ maxSize: 4096 }` (entries); the byte budget replaces it. */
  constructor(_options?: { maxSize?: number }) {
    this.#cache = sizedCache(INK_CACHE_BYTES.textLayout, valueBytes);
  }

  get(key: string): Value | undefined {
    return this.#cache.get(key);
  }

  set(key: string, value: Value): this {
    this.#cache.set(key, value);
    return this;
  }
}
