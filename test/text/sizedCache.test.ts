/** Caches bounded by bytes (source/text/sizedCache.ts): the budget holds whatever the entries are. */
import { describe, expect, it } from 'vitest';
import { sizedCache, stringBytes } from '../../source/text/sizedCache.js';

describe('sizedCache', () => {
  it('never holds more than its budget, however long the entries', () => {
    const cache = sizedCache<string>(64 * 1024, stringBytes);
    for (let i = 0; i < 2000; i++) cache.set(`${i}:${'k'.repeat(i % 300)}`, 'v'.repeat(i % 500));
    expect(cache.calculatedSize).toBeLessThanOrEqual(64 * 1024);
    expect(cache.size).toBeGreaterThan(10);
  });

  it('keeps the most recently used entries and drops the least', () => {
    const cache = sizedCache<number>(4096, () => 0);
    cache.set('first', 1);
    for (let i = 0; i < 200; i++) {
      cache.get('first');
      cache.set(`line ${i}`, i);
    }
    expect(cache.get('first')).toBe(1);
    expect(cache.get('line 0')).toBeUndefined();
    expect(cache.get('line 199')).toBe(199);
  });

  it('does not keep an entry larger than the whole budget', () => {
    const cache = sizedCache<string>(1024, stringBytes);
    cache.set('huge', 'x'.repeat(10_000));
    expect(cache.get('huge')).toBeUndefined();
  });
});
