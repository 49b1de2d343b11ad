/**
 * The built program in a real terminal (tmux) at 80×24 and 200×50: the tab bar
 * abbreviates, columns use the width, and the
 * keys people bring from VisiData, k9s, lazygit and less.
 */
import { describe, expect, it } from 'vitest';
import { trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();
const statusLine = (screen: string) => screen.split('\n').find((l) => / · row \d/.test(l)) ?? '';

describe.each([
  [80, 24],
  [200, 50],
])('at %i×%i', (columns, rows) => {
  it('every tab is named; the Overview shows its panels', async () => {
    const s = start('', columns, rows);
    const screen = await s.waitFor('Vendors at a glance · row');
    const bar = screen.split('\n')[0] ?? '';
    for (const n of ['1 Overview', '2 Feat', '3 Comp', '4 Deal', '5 Mark', '6 Scor', '7 Sour', '8 Chan'])
      expect(bar).toContain(n);
    for (const t of ['Ranking · score, known', 'Accelerators by maker', 'Upcoming changes', 'Latest deals'])
      expect(screen).toContain(t);
  });

  it('0 and $, f by status, and h/l in the evidence pane', async () => {
    const s = start('--view features', columns, rows);
    await s.waitFor('Feature matrix · row 1/');
    s.keys('$');
    await s.waitFor(/col Azure Machine Learning/);
    s.keys('0');
    await s.waitFor(/col Feature/);
    s.keys('f', 'f', 'f', 'f');
    await s.waitFor(/only ✗ None/);
    s.keys('f');
    await s.waitFor(/only \? Unknown/);
    s.keys('f');
    await s.waitForGone(/only /);
    s.keys('j', 'l', 'Enter');
    await s.waitFor('Vendor: Databricks Mosaic AI');
    s.keys('l');
    await s.waitFor('Vendor: Gemini Enterprise Agent Platform');
    s.keys('Right');
    await s.waitFor('Vendor: Amazon SageMaker AI');
    s.keys('h');
    await s.waitFor('Vendor: Gemini Enterprise Agent Platform');
    s.keys('Escape');
    await s.waitFor(/col Gemini/);
  });

  it('a search carries across views with n', async () => {
    const s = start('--view features', columns, rows);
    await s.waitFor('Feature matrix · row 1/');
    s.keys('/');
    s.type('h100');
    s.keys('Enter', '3', 'n');
    await s.waitFor(/Training accelerators · row \d+\/\d+ .*\/h100 1\/\d/);
    expect(statusLine(s.screen())).toContain('/h100');
  });
});
