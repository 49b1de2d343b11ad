/** Every view has a spec, under its own name, and the specs that share a table builder agree with the view models. */
import { describe, expect, it } from 'vitest';
import { VIEW_SPECS } from '../../../source/ui/views/registry.js';
import { VIEW_NAMES } from '../../../source/views/types.js';

describe('the view registry', () => {
  it('has a spec for every view, under its own name', () => {
    for (const v of VIEW_NAMES) expect(VIEW_SPECS[v].name).toBe(v);
    expect(Object.keys(VIEW_SPECS).sort()).toEqual([...VIEW_NAMES].sort());
  });

  it('weighs only the scorecard, projects only the matrices, and draws every view but the market as a table', () => {
    const by = (f: (v: (typeof VIEW_SPECS)[keyof typeof VIEW_SPECS]) => boolean) =>
      VIEW_NAMES.filter((v) => f(VIEW_SPECS[v]));
    expect(by((s) => s.weighted)).toEqual(['scorecard']);
    expect(by((s) => s.projected)).toEqual(['features', 'compute']);
    expect(by((s) => !s.tabular)).toEqual(['market']);
  });
});
