import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { appsUnmountedAfterEach, expectFits, KEYS } from '../helpers/render.js';
import { SMALL } from '../helpers/tmp.js';

const small = buildLandscape(loadOrThrow(SMALL).dataset);
const open = appsUnmountedAfterEach();

describe.each([80, 120, 200])('the dashboard at %i columns', (columns) => {
  it('opens on the overview with every vendor, a tab bar and hints from the keymap', async () => {
    const app = await open({ columns, rows: 30 });
    const f = app.frame();
    expect(f).toContain('Databricks Mosaic AI');
    expect(f).toContain('Amazon SageMaker AI');
    expect(f).toMatch(/Overview/);
    expect(f).toContain('row 1/4');
    expect(f).toContain('? help');
    expect(f).toContain('q quit');
    expectFits(app.lines(), columns, 30);
  });

  it('Tab visits every view in order and the tab bar follows', async () => {
    const app = await open({ columns, rows: 30 });
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      seen.push(app.lines().at(-2) ?? '');
      await app.press(KEYS.tab);
    }
    expect(seen.join('\n')).toContain('Vendors at a glance');
    expect(seen.join('\n')).toContain('Feature matrix');
    expect(seen.join('\n')).toContain('Training accelerators');
    expect(seen.join('\n')).toContain('Deals and funding');
    expect(seen.join('\n')).toContain('Market figures');
    expect(seen.join('\n')).toContain('Scorecard');
    expect(seen.join('\n')).toContain('Sources');
    expect(seen.join('\n')).toContain('Lifecycle changes');
    // Back to the overview after eight.
    expect(app.frame()).toContain('Vendors at a glance');
  });

  it('draws the feature matrix with glyphs and words, a legend, and never more than rows-1 lines', async () => {
    const app = await open({ columns, rows: 24, view: 'features' });
    const f = app.frame();
    expect(f).toContain('Legend: ✓ GA  ◇ Preview  ◐ Partial  ✗ None  ? Unknown');
    expect(f).toMatch(/✓ GA/);
    expect(f).toContain('Managed notebooks');
    expectFits(app.lines(), columns, 24);
  });

  it('Enter on a matrix cell opens its evidence; Esc closes it', async () => {
    const app = await open({ columns, rows: 40, view: 'features' });
    await app.press('j', 'l', KEYS.enter);
    const f = app.frame();
    expect(f).toContain('Evidence · Managed notebooks');
    expect(f).toContain('Vendor: Databricks Mosaic AI');
    expect(f).toMatch(/Status: ✓ GA|Status: ◐ Partial|Status: ◇ Preview|Status: \? Unknown|Status: ✗ None/);
    expect(f).toMatch(/As of: \d{4}-\d{2}-\d{2}/);
    expect(f).toMatch(/Sources \(\d+\)/);
    expect(f).toMatch(/https:\/\//);
    await app.press(KEYS.esc);
    expect(app.frame()).not.toContain('Evidence ·');
    expect(app.frame()).toContain('Legend:');
  });
});

describe('the dashboard on a small dataset', () => {
  it('starts filtered by --vendor and on the --view tab', async () => {
    const app = await open({ land: small, vendors: ['beta'], view: 'features', columns: 100 });
    const f = app.frame();
    expect(f).toContain('Beta AI');
    expect(f).not.toContain('Alpha ML');
    expect(f).toContain('vendors 1/2');
  });

  it('evidence shows feature, vendor, status word, note, sources with publisher and date, and the as-of date', async () => {
    const app = await open({ land: small, view: 'features', columns: 120 });
    // Line 0 is the Training header; line 2 is Spot training. Column 2 is Beta AI.
    await app.press('j', 'j', 'l', 'l', KEYS.enter);
    const f = app.frame();
    expect(f).toContain('Feature: Spot training');
    expect(f).toContain('Vendor: Beta AI');
    expect(f).toContain('Status: ? Unknown — not verified');
    expect(f).toContain('Searched the docs for spot; nothing found.');
    expect(f).toContain('No sources cited.');
    expect(f).toContain('As of: 2026-01-15');
    await app.press(KEYS.esc, 'j', 'j', KEYS.enter);
    const g = app.frame();
    expect(g).toContain('Feature: Real-time endpoints');
    expect(g).toContain('Public preview since 2025.');
    expect(g).toContain('[1] Beta docs');
    expect(g).toContain('Beta Inc. · docs · accessed 2026-01-11');
    expect(g).toContain('https://beta.example/blog');
    expect(g).toContain('As of: 2026-01-12');
  });

  it('/ searches as you type, n/N move between matches, Esc clears', async () => {
    const app = await open({ land: small, view: 'features', columns: 120 });
    await app.press('/', 'r', 'e', 'g', 'i', 'o', 'n');
    expect(app.frame()).toContain('/region');
    expect(app.frame()).toContain('1 match');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('row 2/3');
    expect(app.frame()).toContain('/region 1/1');
    await app.press(KEYS.esc);
    expect(app.frame()).not.toContain('/region');
  });

  it('v opens the vendor picker; Space hides a vendor and the matrix follows', async () => {
    const app = await open({ land: small, view: 'features', columns: 120 });
    await app.press('v');
    expect(app.frame()).toContain('Vendors: 2 of 2 shown');
    await app.press(' ');
    expect(app.frame()).toContain('Vendors: 1 of 2 shown');
    await app.press(KEYS.esc);
    const f = app.frame();
    expect(f).not.toContain('Alpha ML');
    expect(f).toContain('Beta AI');
    expect(f).toContain('vendors 1/2');
  });

  it('d shows differences only, s sorts, z folds a category', async () => {
    const app = await open({ land: small, view: 'features', columns: 120 });
    await app.press('d');
    expect(app.frame()).toContain('differences only');
    expect(app.frame()).not.toContain('Multi-node training');
    expect(app.frame()).toContain('Spot training');
    await app.press('d', 'z');
    expect(app.frame()).toContain('Training (2 folded)');
    expect(app.frame()).not.toContain('Spot training');
    await app.press('Z');
    expect(app.frame()).toContain('2 folded');
    expect(app.frame()).not.toContain('Real-time endpoints');
    await app.press('Z', 'j', 'l', 's');
    expect(app.frame()).toContain('sort Alpha ML ↑');
    await app.press('s');
    expect(app.frame()).toContain('sort Alpha ML ↓');
    await app.press('s');
    expect(app.frame()).not.toContain('sort Alpha');
  });

  it('? shows help generated from the keymap', async () => {
    const app = await open({ land: small, columns: 120, rows: 40 });
    await app.press('?');
    const f = app.frame();
    expect(f).toContain('Keys');
    expect(f).toContain('Differences only: hide rows where all shown vendors agree');
    expect(f).toContain('Shift-Tab [');
    await app.press('?');
    expect(app.frame()).not.toContain('Differences only: hide');
  });

  it('1–7 and [ ] switch views', async () => {
    const app = await open({ land: small, columns: 120 });
    await app.press('4');
    expect(app.frame()).toContain('Deals and funding');
    expect(app.frame()).toContain('Gamma');
    await app.press(']');
    expect(app.frame()).toContain('Market figures');
    await app.press('[', '[');
    expect(app.frame()).toContain('Training accelerators');
  });

  it('Enter on a source lists the claims citing it; Enter on a deal shows its sources', async () => {
    const app = await open({ land: small, view: 'sources', columns: 120, rows: 30 });
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('Evidence · Alpha docs');
    expect(app.frame()).toMatch(/Claims citing it \(\d+\)/);
    expect(app.frame()).toContain('Multi-node training — Alpha ML');
    await app.press(KEYS.esc, '4', KEYS.enter);
    expect(app.frame()).toContain('Target: Gamma');
    expect(app.frame()).toContain('[1] Alpha buys Gamma');
  });

  it('the market view draws bars labelled with value text, year, kind and comparator, and the trends', async () => {
    const app = await open({ land: small, view: 'market', columns: 120, rows: 30 });
    const f = app.frame();
    expect(f).toContain('2024 estimate  Training spend');
    expect(f).toMatch(/▓+ ≈\$12\.0B {2}about \$12 billion/);
    expect(f).toContain('Trends (1)');
    expect(f).toContain('Platforms consolidate.');
  });

  it('the scorecard shows its table and notes', async () => {
    const app = await open({ land: small, view: 'scorecard', columns: 120, rows: 30 });
    expect(app.frame()).toContain('Overall');
    expect(app.frame()).toMatch(/Ranking 1\. alpha \d+%/);
    expect(app.frame()).toContain('weight ×1');
  });

  it('below 80 columns the matrix stacks: the name, then vendor statuses under it', async () => {
    const app = await open({ land: small, view: 'features', columns: 60, rows: 20 });
    const lines = app.lines();
    const i = lines.findIndex((l) => l.includes('Multi-node training'));
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1]).toMatch(/Alpha ✓ GA\s+Beta ✓ GA/);
    expectFits(lines, 60, 20);
  });

  it('below the minimum it says the terminal is too small, and reflows when it grows', async () => {
    const app = await open({ land: small, columns: 30, rows: 8 });
    expect(app.frame()).toContain('Terminal too small');
    expect(app.lines().length).toBeLessThanOrEqual(7);
    await app.resize(100, 30);
    expect(app.frame()).toContain('Alpha ML');
  });

  it('draws hostile text escaped, never raw', async () => {
    const land = buildLandscape({
      ...small.dataset,
      features: small.dataset.features.map((f, i) => (i === 0 ? { ...f, name: 'Evil\u001b[2Jname\u202e' } : f)),
    });
    const app = await open({ land, view: 'features', columns: 120 });
    expect(app.frame()).toContain('Evil\\x1b[2Jname<U+202E>');
    expect(app.raw()).not.toContain('\u001b[2J');
  });
});
