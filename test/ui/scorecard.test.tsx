import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { App } from '../../source/ui/App.js';
import { verdictText } from '../../source/views/quadrant.js';
import { buildScorecardModel } from '../../source/views/scorecard.js';
import { appsUnmountedAfterEach, bundledLandscape, expectFits, KEYS, untilFrame } from '../helpers/render.js';
import { SMALL } from '../helpers/tmp.js';

const open = appsUnmountedAfterEach();

/** The ranking line as the screen shows it: vendor labels, best first. */
const rankingOf = (frame: string) =>
  [...(frame.split('\n').find((l) => l.startsWith('Ranking ')) ?? '').matchAll(/\d+\. ([a-z0-9-]+) \d+%/g)].map(
    (m) => m[1],
  );

describe('the Scorecard view', () => {
  const land = bundledLandscape();
  const all = land.vendors.map((v) => v.id);
  const expected = (weights: Record<string, number>) =>
    buildScorecardModel(land, { vendors: all, weights }).ranking.map((r) => r.vendor);

  it('+ and - change the weight of the category under the cursor, and the ranking re-sorts live', async () => {
    const app = await open({ view: 'scorecard', columns: 120, rows: 40 });
    expect(rankingOf(app.frame())).toEqual(expected({}));
    const first = land.categories[0]?.id as string;
    const rankingIs = (weights: Record<string, number>) => (f: string) =>
      JSON.stringify(rankingOf(f)) === JSON.stringify(expected(weights));
    await app.press('+', '+');
    await untilFrame(app.frame, (f) =>
      /\s3\s/.test(f.split('\n').find((l) => l.includes(land.categories[0]?.name ?? '?')) ?? ''),
    );
    await untilFrame(app.frame, rankingIs({ [first]: 3 }));
    expect(expected({ [first]: 3 })).not.toEqual(expected({}));
    expect(app.frame()).toContain('Scorecard (your weights)');
    await app.press('-');
    await untilFrame(app.frame, rankingIs({ [first]: 2 }));
    await app.press('r');
    await untilFrame(app.frame, rankingIs({}));
    expect(app.frame()).toContain('Weights back to where they started');
  });

  it('0 excludes a category, and - on an excluded one says so', async () => {
    const app = await open({ view: 'scorecard', columns: 120, rows: 40 });
    await app.press(KEYS.down, KEYS.down);
    await untilFrame(app.frame, (f) => f.includes(`${land.categories[2]?.name}: weight`));
    await app.press('x');
    const cat = land.categories[2]?.id as string;
    await untilFrame(app.frame, (f) => f.includes('weight excluded (0)'));
    expect(rankingOf(app.frame())).toEqual(expected({ [cat]: 0 }));
    await app.press('-');
    await untilFrame(app.frame, (f) => f.includes('Weight already excluded'));
  });

  it('starts from --weights', async () => {
    const app = await open({ view: 'scorecard', columns: 120, rows: 40, props: { weights: { automl: 0, agents: 4 } } });
    expect(rankingOf(app.frame())).toEqual(expected({ automl: 0, agents: 4 }));
    expect(app.lines().find((l) => l.includes('Agents'))).toMatch(/\s4\s/);
  });

  it('says how the score under the cursor is made, and Enter lists the cells behind it', async () => {
    const app = await open({ view: 'scorecard', columns: 120, rows: 40 });
    await app.press(KEYS.right, KEYS.right);
    await untilFrame(app.frame, (f) => f.includes('Databricks Mosaic AI: '));
    const howLine = app.lines().find((l) => l.includes('= (')) ?? '';
    expect(howLine).toMatch(
      /Data integration & preparation · Databricks Mosaic AI: \d+% = \(\d+ GA \+ ½×\d+\) ÷ \d+ known/,
    );
    await app.press(KEYS.enter);
    const f = await untilFrame(app.frame, (x) => x.includes('Cells behind it'));
    expect(f).toContain('Score: Data integration & preparation — Databricks Mosaic AI');
    expect(f).toContain('Cells behind it');
    expect(f).toMatch(/✓ GA\s+Managed notebooks\s+1 pt/);
  });

  it('Enter on an overall score lists each category with its weight and share', async () => {
    const app = await open({ view: 'scorecard', columns: 120, rows: 40 });
    // The last rows are Coverage and Rank: the overall scores sit two above.
    await app.press('G', KEYS.up, KEYS.up, KEYS.right, KEYS.right);
    await untilFrame(app.frame, (x) => x.includes('Overall · Databricks'));
    await app.press(KEYS.enter);
    const f = await untilFrame(app.frame, (x) => x.includes('Overall score —'));
    expect(f).toContain('Overall score — Databricks Mosaic AI');
    expect(f).toMatch(/Σ weight × score ÷ Σ weight/);
  });

  it('the weight keys belong to the Scorecard only: not in the Features hints, and inert there', async () => {
    const app = await open({ view: 'features', columns: 120, rows: 30 });
    expect(app.lines().at(-1)).not.toContain('more');
    const before = app.frame();
    await app.press('+', 'x');
    expect(app.frame()).toBe(before);
  });
});

describe.each([
  [80, 24],
  [120, 40],
  [200, 50],
])('the quadrant at %i×%i', (columns, rows) => {
  it('draws every vendor as a numbered point, keyed in a legend with its ranges and verdict, and fits', async () => {
    const land = bundledLandscape();
    const app = await open({ view: 'scorecard', columns, rows });
    if (columns === 80) {
      // The scores fill 80×24; c shows the quadrant in their place.
      expect(app.frame()).not.toContain('breadth →');
      await app.press('c');
    }
    const f = await untilFrame(app.frame, (x) => x.includes('breadth →'));
    expect(f).toMatch(/breadth → \(available ÷ known\) \d+%–\d+%/);
    expect(f).toMatch(/maturity ↑ \(GA ÷ available\) \d+%–\d+%/);
    const q = buildScorecardModel(land, { vendors: land.vendors.map((v) => v.id) }).quadrant;
    q.points.forEach((p, i) => {
      const pct = (n: number | undefined) => `${Math.round((n ?? 0) * 100)}%`;
      const legend = app.lines().find((l) => l.startsWith(`  ${i + 1} ${p.label}`)) ?? '';
      expect(legend).toContain(`breadth ${pct(p.breadth)}`);
      expect(legend).toContain(`maturity ${pct(p.maturity)}`);
      expect(legend).toContain(verdictText(p));
    });
    expectFits(app.lines(), columns, rows);
  });
});

describe('a reload while the dashboard runs', () => {
  const base = loadOrThrow(SMALL).dataset;
  const small = buildLandscape(base);

  it('keeps the view, cursor and weights when the data changes; a banner shows a failed save and goes', async () => {
    const app = await open({ land: small, view: 'scorecard', columns: 100, rows: 24 });
    await app.press(KEYS.down, '+');
    expect(app.frame()).toMatch(/Serving\s+2/);
    // Beta's endpoints go from preview to GA: its Serving score goes 50% → 100%.
    const next = buildLandscape({
      ...base,
      cells: { ...base.cells, beta: { ...base.cells.beta, endpoints: { status: 'ga', sources: ['beta-docs'] } } },
    });
    app.rerender(<App land={next} vendors={[]} initialView="scorecard" ascii={false} />);
    await app.settled();
    expect(app.frame()).toMatch(/Serving\s+2\s+100%\s+100%/);
    expect(app.frame()).toContain('row 2/5');
    app.rerender(
      <App land={next} vendors={[]} initialView="scorecard" ascii={false} banner="Reload failed: x.yaml:3:7: bad" />,
    );
    await app.settled();
    expect(app.frame()).toContain('⚠ Reload failed: x.yaml:3:7: bad');
    expect(app.frame()).toMatch(/Serving\s+2\s+100%\s+100%/);
    expectFits(app.lines(), 100, 24);
    app.rerender(<App land={next} vendors={[]} initialView="scorecard" ascii={false} />);
    await app.settled();
    expect(app.frame()).not.toContain('Reload failed');
  });

  it('clamps the cursor when rows vanish, and drops vendors that are gone', async () => {
    const app = await open({ land: small, view: 'overview', columns: 100, rows: 24 });
    await app.press(KEYS.down);
    expect(app.frame()).toContain('row 2/2');
    const fewer = buildLandscape({
      ...base,
      vendors: base.vendors.filter((v) => v.id === 'alpha'),
      cells: { alpha: base.cells.alpha ?? {} },
      compute: { alpha: base.compute.alpha ?? {} },
    });
    app.rerender(<App land={fewer} vendors={[]} initialView="overview" ascii={false} />);
    await app.settled();
    expect(app.frame()).toContain('row 1/1');
    expect(app.frame()).not.toContain('Beta AI');
  });
});
