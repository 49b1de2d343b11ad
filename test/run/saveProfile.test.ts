/** Ctrl-S to a .yaml name saves the decision as a profile that --profile reads back to the same choices. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { choose } from '../../source/run/profile.js';
import { extensionHint, isProfilePath } from '../../source/run/save.js';
import { saveShown } from '../../source/run/saveView.js';
import { buildView } from '../../source/views/index.js';
import { SMALL, tempDir } from '../helpers/tmp.js';

const land = buildLandscape(loadOrThrow(SMALL).dataset);
const dir = tempDir();
const table = buildView('scorecard', land, { vendors: ['alpha', 'beta'] }).table;
const freshness = { today: '2026-11-26', staleAfter: { amount: 6, unit: 'm' as const } };

describe('saving a profile from the dashboard', () => {
  it('knows .yaml and .yml as profiles, and says so when an extension is wrong', () => {
    expect(isProfilePath('decision.YAML')).toBe(true);
    expect(isProfilePath('decision.yml')).toBe(true);
    expect(isProfilePath('decision.md')).toBe(false);
    expect(extensionHint()).toContain('.yaml');
  });

  it('writes vendors, weights, must-haves, coverage and staleness that --profile reads back', async () => {
    const file = path.join(dir, 'decision.yaml');
    const shown = {
      view: 'scorecard' as const,
      table,
      vendors: ['beta', 'alpha'],
      weights: { training: 3, serving: 1 },
      require: ['spot'],
      minCoverage: 0.6,
    };
    const saved = saveShown(land, file, shown, false, { ascii: false, freshness });
    expect(saved.message).toBe(`Saved to ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('weights:\n  training: 3');
    expect(text).not.toContain('serving');
    const chosen = await choose(land, { vendor: [], weights: [], require: [], profile: file });
    expect(chosen.vendors).toEqual(['beta', 'alpha']);
    expect(chosen.weights).toEqual({ training: 3 });
    expect(chosen.require).toEqual(['spot']);
    expect(chosen.minCoverage).toBeCloseTo(0.6);
    expect(chosen.staleAfter).toBe('6m');
  });

  it('never replaces a profile without a yes', () => {
    const file = path.join(dir, 'keep.yml');
    const shown = { view: 'features' as const, table, vendors: ['alpha'] };
    expect(saveShown(land, file, shown, false, { ascii: false }).message).toContain('Saved to');
    const before = readFileSync(file, 'utf8');
    const again = saveShown(land, file, { ...shown, vendors: ['beta'] }, false, { ascii: false });
    expect(again.exists).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
