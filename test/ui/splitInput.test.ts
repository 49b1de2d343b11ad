import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { charKey, splitInput } from '../../source/ui/useDispatcher.js';

const plain = charKey('x')[1];

describe('splitInput', () => {
  it('splits a burst of plain keys into one key each', () => {
    expect(splitInput('jk\tj', plain).map(([input, key]) => (key.tab ? 'Tab' : input))).toEqual(['j', 'k', 'Tab', 'j']);
  });

  it('reads Meta+key as Esc, then the key (trainscape binds no Meta keys)', () => {
    const meta: Key = { ...plain, meta: true };
    const [esc, slash] = splitInput('/', meta);
    expect(esc?.[1].escape).toBe(true);
    expect(slash?.[0]).toBe('/');
    expect(slash?.[1].meta).toBe(false);
  });

  it('leaves a single key, and Esc itself, alone', () => {
    expect(splitInput('j', plain)).toEqual([['j', plain]]);
    const escKey: Key = { ...plain, escape: true, meta: true };
    expect(splitInput('', escKey)).toEqual([['', escKey]]);
  });
});
