/** The Overview at a glance: the vendor table, then short panels that each say which key opens more. */
import { describe, expect, it } from 'vitest';
import { uiTheme } from '../../source/ui/uiTheme.js';
import { overviewPanels, panelGrid } from '../../source/ui/views/overview/overviewPanels.js';
import { buildScorecardModel } from '../../source/views/scorecard.js';
import { landOf } from '../helpers/landOf.js';
import { appsUnmountedAfterEach, bundledLandscape, expectFits } from '../helpers/render.js';

const open = appsUnmountedAfterEach();

describe.each([
  [80, 24],
  [120, 40],
  [200, 50],
])('the Overview at %i×%i', (columns, rows) => {
  it('shows the vendors, the ranking with coverage, accelerators by maker, upcoming changes and the latest deals', async () => {
    const app = await open({ columns, rows, props: { freshness: undefined } });
    const f = app.frame();
    expect(f).toContain('Databricks Mosaic AI');
    expect(f).toMatch(/Ranking · score, known/);
    expect(f).toMatch(/1\. +\d+%( \(\d+–\d+\))? +\d+\/106 /);
    expect(f).toMatch(/Accelerators by maker/);
    expect(f).toMatch(/NVIDIA \d+\/\d+/);
    expect(f).toMatch(/Upcoming changes \(\d+\)/);
    expect(f).toMatch(/Latest deals \(\d+\)/);
    for (const key of ['6 Scorecard', '3 Compute', '8 Changes', '4 Deals']) {
      expect(f).toContain(columns >= 120 ? `press ${key}` : `press ${key.split(' ')[0]}`);
    }
    expectFits(app.lines(), columns, rows);
    // The page is used: either every panel shows all it has, or few lines are left blank.
    const blank = app.lines().filter((l) => l.trim() === '').length;
    if (/\+\d+ · press/.test(f)) expect(blank).toBeLessThanOrEqual(rows >= 40 ? 8 : 4);
  });

  it('the accelerator column says GA, known and all', async () => {
    const app = await open({ columns, rows });
    if (columns >= 200) {
      expect(app.lines()[1]).toContain('Accel. GA/known/all');
      expect(app.frame()).toMatch(/\b\d+\/\d+\/23\b/);
    }
  });
});

describe('panelGrid', () => {
  const theme = uiTheme(0);
  const panel = (n: number) => ({
    title: 'T',
    more: 'deals' as const,
    lines: Array.from({ length: n }, (_, i) => ({ text: `l${i}` })),
  });

  it('fits in the height it is given; the tallest panel gives way and says how many more', () => {
    const out = panelGrid([panel(2), panel(10), panel(1), panel(1)], 100, 10, theme);
    expect(out.length).toBeLessThanOrEqual(10);
    const text = out.map((l) => l.map((s) => s.text).join('')).join('\n');
    expect(text).toMatch(/\+\d+ · press 4 Deals|\+\d+ · press 4/);
  });

  it('draws nothing when there is no room', () => {
    expect(panelGrid([panel(2)], 100, 2, theme)).toEqual([]);
  });
});

describe('overviewPanels says only what the data knows', () => {
  const land = bundledLandscape();
  const vendors = land.vendors.map((v) => v.id);
  const [ranking, families, , deals] = overviewPanels(land, vendors);

  it('ranks as the Scorecard does: a tie is marked, a range is shown where unknown cells widen it', () => {
    const model = buildScorecardModel(land, { vendors });
    model.ranking.forEach((r, i) => {
      const line = ranking?.lines[i]?.text ?? '';
      if (r.tiedAbove) expect(line).toMatch(new RegExp(`^ *=${r.rank}\\.`));
      else expect(line).toMatch(new RegExp(`^ *${r.rank}\\.`));
      if (r.range && r.range.high - r.range.low > 1e-9) expect(line).toMatch(/\d+% \(\d+–\d+\)/);
    });
    expect(ranking?.lines.map((l) => l.text).join('\n')).not.toContain('undefined');
  });

  it('a vendor too little known to rank is listed as not ranked, never as rank "undefined"', () => {
    const small = landOf(
      [
        ['ga', 'ga', 'ga', 'ga'],
        ['unknown', 'unknown', 'unknown', 'ga'],
      ],
      2,
    );
    const [panel] = overviewPanels(small, ['v0', 'v1']);
    expect(panel?.lines[0]?.text).toMatch(/^ +1\. +100% +4\/4 {2}v0$/);
    expect(panel?.lines[1]?.text).toBe('  – 100% (25–100)      1/4  v1 (too little known)');
  });

  it('counts unknown accelerators instead of hiding them among those not offered', () => {
    for (const [i, v] of vendors.entries()) {
      const unknown = land.accelerators.filter(
        (a) => (land.dataset.compute[v]?.[a.id]?.status ?? 'unknown') === 'unknown',
      ).length;
      const line = families?.lines[i]?.text ?? '';
      if (unknown > 0) expect(line).toContain(`· ${unknown} of ${land.accelerators.length} unknown`);
      else expect(line).not.toContain('unknown');
    }
  });

  it('a deal shows its own amount; a valuation is labelled, with its comparator', () => {
    const all = land.dataset.deals ?? [];
    const onlyValuation = all.find((d) => d.value?.amount === undefined && d.valuation?.amount !== undefined);
    const approx = all.find((d) => d.value?.comparator === '~' && d.value.amount !== undefined);
    expect(onlyValuation).toBeDefined();
    expect(approx).toBeDefined();
    const lineOf = (d: (typeof all)[number] | undefined) =>
      deals?.lines.find((l) => l.text.startsWith(`${d?.date}  `) && l.text.includes(d?.target ?? '?'))?.text ?? '';
    expect(lineOf(onlyValuation)).toMatch(/ {2}valued [≈><]?\$\d/);
    expect(lineOf(approx)).toMatch(/ {2}≈\$\d/);
    expect(lineOf(approx)).not.toContain('valued');
    const both = all.find((d) => d.value?.amount !== undefined && d.valuation?.amount !== undefined);
    expect(lineOf(both)).toMatch(/ {2}\$[\d.]+[BM], valued \$[\d.]+[BM]$/);
  });
});
