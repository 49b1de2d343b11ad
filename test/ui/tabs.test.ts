import { describe, expect, it } from 'vitest';
import { tabAt, tabLayout } from '../../source/ui/tabs.js';
import { VIEW_NAMES } from '../../source/views/types.js';

describe('the tab bar at a width', () => {
  it('shows the brand and every full name when they fit', () => {
    const t = tabLayout('overview', 200);
    expect(t.brand).toBe(true);
    expect(t.tabs.map((x) => x.text.trim())).toEqual([
      '1 Overview',
      '2 Features',
      '3 Compute',
      '4 Deals',
      '5 Market',
      '6 Scorecard',
      '7 Sources',
      '8 Changes',
    ]);
  });

  it.each([80, 60, 40])('abbreviates, never drops, the names at %i columns; the current one stays whole', (width) => {
    const t = tabLayout('compute', width);
    const end = t.tabs.at(-1);
    expect((end?.x ?? 0) + (end?.width ?? 0)).toBeLessThanOrEqual(width);
    expect(t.tabs).toHaveLength(VIEW_NAMES.length);
    for (const tab of t.tabs) expect(tab.text.trim()).toMatch(/^\d ?[A-Z]/);
    expect(t.tabs[2]?.text.trim()).toBe('3 Compute');
  });

  it('at 80 columns each name keeps several letters', () => {
    const t = tabLayout('overview', 80);
    expect(t.tabs.map((x) => x.text.trim())).toContain('6 Score');
  });

  it('finds the tab under a column', () => {
    const t = tabLayout('overview', 80);
    const deals = t.tabs[3];
    expect(tabAt(t, deals?.x ?? 0)).toBe('deals');
    expect(tabAt(t, 79)).toBeUndefined();
  });
});
