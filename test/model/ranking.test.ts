/**
 * Honest scores: coverage, ranges, the ranking that silence cannot game,
 * sensitivity and must-haves. Hand-checked on the five-vendor fixture, then
 * properties over random matrices (fast-check).
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import type { Status } from '../../source/data/schema.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { parseRequire, shortlist } from '../../source/model/mustHave.js';
import { parseMinCoverage, rankHonestly } from '../../source/model/ranking.js';
import {
  type CategoryScore,
  combine,
  rangeOf,
  resolveWeights,
  scoreVendor,
  TIE,
  type VendorScore,
} from '../../source/model/score.js';
import { sensitivity } from '../../source/model/sensitivity.js';
import { buildScorecardModel } from '../../source/views/scorecard.js';
import { sensitivityText } from '../../source/views/scoreText.js';
import { landOf } from '../helpers/landOf.js';
import { FIXTURES } from '../helpers/tmp.js';

const five = buildLandscape(loadOrThrow(path.join(FIXTURES, 'five.yaml')).dataset);
const all = five.vendors.map((v) => v.id);

describe('honest scores, checked by hand on five vendors', () => {
  // beta: training 4 GA (1); serving GA, preview, unknown → 1.5/2 = 75%, range 1.5/3 = 50% … 2.5/3 = 83%; ops 3 GA (1).
  it('a category range counts the unknowns as None (low) and as GA (high)', () => {
    const beta = scoreVendor(five, 'beta');
    const serving = beta.categories.find((c) => c.category === 'serving') as CategoryScore;
    expect(serving.score).toBe(0.75);
    expect(serving.coverage).toBeCloseTo(2 / 3);
    expect(serving.range?.low).toBeCloseTo(0.5);
    expect(serving.range?.high).toBeCloseTo(2.5 / 3);
    // Overall: (1 + 0.75 + 1)/3 = 91.7%, range (1 + 0.5 + 1)/3 = 83.3% … (1 + 0.833 + 1)/3 = 94.4%, 9 of 10 cells known.
    expect(beta.score).toBeCloseTo(2.75 / 3);
    expect(beta.range?.low).toBeCloseTo(2.5 / 3);
    expect(beta.range?.high).toBeCloseTo((2 + 2.5 / 3) / 3);
    expect(beta.coverage).toBeCloseTo(0.9);
  });

  it('the sparse vendor (1 GA, 9 Unknown) scores 100% on what is known, and is not ranked', () => {
    const m = buildScorecardModel(five, { vendors: all });
    const sparse = m.ranking.find((r) => r.vendor === 'sparse');
    expect(sparse).toMatchObject({ score: 1, coverage: 0.1, ranked: false, rank: undefined, why: 'too-little-known' });
    expect(m.ranking[0]?.vendor).toBe('beta');
    expect(m.ranking.at(-1)?.vendor).toBe('sparse');
  });

  it('gamma (89%, 81–89) overlaps beta (92%, 83–94): tied, shown =2; alpha and delta stand alone', () => {
    const m = buildScorecardModel(five, { vendors: all });
    expect(m.ranking.map((r) => [r.vendor, r.rank, r.tiedAbove, r.tiedWith])).toEqual([
      ['beta', 1, false, ['gamma']],
      ['gamma', 2, true, ['beta']],
      ['alpha', 3, false, []],
      ['delta', 4, false, []],
      ['sparse', undefined, false, []],
    ]);
  });

  it('--min-coverage 0 ranks the sparse vendor first: the default is what keeps silence from winning', () => {
    const m = buildScorecardModel(five, { vendors: all, minCoverage: 0 });
    expect(m.ranking[0]).toMatchObject({ vendor: 'sparse', ranked: true });
  });

  // alpha overall with serving weighed w: (0.875 + 0.333 + w·1)/(2 + w); beta: (1 + 1 + w·0.75)/(2 + w);
  // equal where 1.2083 + w = 2 + 0.75w, so w = 19/6 ≈ 3.17.
  it('sensitivity: alpha leads serving from weight 19/6', () => {
    const vendors = all.map((v) => scoreVendor(five, v));
    const s = sensitivity(vendors, 'serving');
    expect(s.leader).toBe('beta');
    expect(s.spans.map((x) => x.leader)).toEqual(['beta', 'alpha']);
    expect(s.spans[1]?.from).toBeCloseTo(19 / 6);
    expect(sensitivityText(s, (v) => v)).toBe('alpha leads from weight ≥ 3.17 (beta at weight 0–3.17)');
    const training = sensitivity(vendors, 'training');
    expect(sensitivityText(training, (v) => v)).toBe('no weight changes the leader (beta)');
  });

  it('must-haves: None and Unknown eliminate, Preview passes flagged, and the eliminated are not ranked', () => {
    expect(shortlist(five, all, ['gpu-x'])).toEqual([
      { vendor: 'alpha', eliminated: false, missing: [], preview: [] },
      { vendor: 'beta', eliminated: false, missing: [], preview: ['gpu-x'] },
      { vendor: 'gamma', eliminated: true, missing: ['gpu-x'], preview: [] },
      { vendor: 'delta', eliminated: false, missing: [], preview: [] },
      { vendor: 'sparse', eliminated: true, missing: ['gpu-x'], preview: [] },
    ]);
    const m = buildScorecardModel(five, { vendors: all, require: ['gpu-x', 'lineage'] });
    // lineage: alpha and delta have None, so only beta is left to rank.
    expect(m.ranking.filter((r) => r.ranked).map((r) => r.vendor)).toEqual(['beta']);
    expect(m.ranking.find((r) => r.vendor === 'alpha')?.why).toBe('eliminated');
    expect(m.shortlist.find((e) => e.vendor === 'delta')?.missing).toEqual(['lineage']);
  });

  it('--require refuses an unknown id, naming the closest', () => {
    expect(parseRequire(['gpu-x,lineage'], five)).toEqual({ ok: true, ids: ['gpu-x', 'lineage'] });
    const r = parseRequire(['linage'], five);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('--require: unknown feature or accelerator "linage"; did you mean "lineage"?');
  });

  it('--min-coverage reads a percentage', () => {
    expect(parseMinCoverage('80')).toBe(0.8);
    expect(parseMinCoverage('12.5%')).toBe(0.125);
    for (const bad of ['', '-1', '101', 'abc', '0x10']) expect(parseMinCoverage(bad)).toBeUndefined();
  });
});

// ---- properties ----

const STATUS = fc.constantFrom<Status>('ga', 'preview', 'partial', 'none', 'unknown');

/** 2–5 vendors, 1–4 categories, 1–4 features per category, weights 0–6. */
const matrix = fc
  .record({
    vendors: fc.integer({ min: 2, max: 5 }),
    categories: fc.integer({ min: 1, max: 4 }),
    per: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ vendors, categories, per }) =>
    fc.record({
      categories: fc.constant(categories),
      statuses: fc.array(fc.array(STATUS, { minLength: categories * per, maxLength: categories * per }), {
        minLength: vendors,
        maxLength: vendors,
      }),
      weights: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: categories, maxLength: categories }),
      minCoverage: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    }),
  );

const weightsOf = (w: number[]) => Object.fromEntries(w.map((x, i) => [`c${i}`, x]));

/** The same vendor with `extra` more Unknown cells in category `at`: score unchanged, coverage and range recomputed. */
function withUnknowns(v: VendorScore, at: number, extra: number): VendorScore {
  return combine(
    v.vendor,
    v.categories.map((c, i) => {
      if (i !== at) return c;
      const counts = { ...c.counts, unknown: c.counts.unknown + extra };
      const cells = counts.ga + counts.preview + counts.partial + counts.none + counts.unknown;
      return { ...c, counts, coverage: (cells - counts.unknown) / cells, range: rangeOf(counts, c.score) };
    }),
  );
}

describe('honest ranking properties', () => {
  it('ranges contain the score, per category and overall, inside 0..1', () => {
    fc.assert(
      fc.property(matrix, ({ statuses, categories, weights }) => {
        const land = landOf(statuses, categories);
        for (const v of land.vendors) {
          const s = scoreVendor(land, v.id, weightsOf(weights));
          for (const part of [...s.categories, s]) {
            if (part.score === undefined || !part.range) continue;
            expect(part.range.low).toBeGreaterThanOrEqual(0);
            expect(part.range.high).toBeLessThanOrEqual(1);
            expect(part.range.low).toBeLessThanOrEqual(part.score);
            expect(part.range.high).toBeGreaterThanOrEqual(part.score);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a vendor below the minimum coverage is never ranked (and so never first)', () => {
    fc.assert(
      fc.property(matrix, ({ statuses, categories, weights, minCoverage }) => {
        const land = landOf(statuses, categories);
        const m = buildScorecardModel(land, {
          vendors: land.vendors.map((v) => v.id),
          weights: weightsOf(weights),
          minCoverage,
        });
        for (const r of m.ranking) {
          if (r.coverage < minCoverage - TIE) expect([r.ranked, r.rank]).toEqual([false, undefined]);
        }
        const first = m.ranking[0];
        if (first?.ranked) expect(first.coverage).toBeGreaterThanOrEqual(minCoverage - TIE);
      }),
      { numRuns: 200 },
    );
  });

  it("adding unknown cells never raises a vendor's rank", () => {
    fc.assert(
      fc.property(
        matrix,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 20 }),
        ({ statuses, categories, weights, minCoverage }, pick, at, extra) => {
          const land = landOf(statuses, categories);
          const w = resolveWeights(land, weightsOf(weights));
          const before = land.vendors.map((v) => scoreVendor(land, v.id, w));
          const i = pick % before.length;
          const after = before.map((v, j) => (j === i ? withUnknowns(v, at % categories, extra) : v));
          const vendor = before[i]?.vendor;
          const rankIn = (vs: VendorScore[]) =>
            rankHonestly(vs, minCoverage).find((e) => e.item.vendor === vendor)?.rank;
          const was = rankIn(before);
          const now = rankIn(after);
          // Unranked stays unranked; ranked keeps its rank or drops out (undefined): never a better number.
          if (was === undefined) expect(now).toBeUndefined();
          else if (now !== undefined) expect(now).toBeGreaterThanOrEqual(was);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ties are mutual, and only between ranked vendors whose ranges chain', () => {
    fc.assert(
      fc.property(matrix, ({ statuses, categories, weights, minCoverage }) => {
        const land = landOf(statuses, categories);
        const m = buildScorecardModel(land, {
          vendors: land.vendors.map((v) => v.id),
          weights: weightsOf(weights),
          minCoverage,
        });
        const by = new Map(m.ranking.map((r) => [r.vendor, r]));
        for (const r of m.ranking) {
          if (!r.ranked) expect(r.tiedWith).toEqual([]);
          for (const t of r.tiedWith) expect(by.get(t)?.tiedWith).toContain(r.vendor);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('sensitivity agrees with re-ranking at any weight inside a span', () => {
    fc.assert(
      fc.property(matrix, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (x, cat, t) => {
        const land = landOf(x.statuses, x.categories);
        const w = resolveWeights(land, weightsOf(x.weights));
        const vendors = land.vendors.map((v) => scoreVendor(land, v.id, w));
        const category = `c${cat % x.categories}`;
        const s = sensitivity(vendors, category, x.minCoverage);
        for (const span of s.spans) {
          // A weight strictly inside the span, away from its ends (where two vendors tie).
          const to = span.to ?? span.from * 2 + 10;
          if (to - span.from < 1e-6) continue;
          const at = span.from + (to - span.from) * (0.05 + 0.9 * t);
          const re = vendors.map((v) =>
            combine(
              v.vendor,
              v.categories.map((c) => (c.category === category ? { ...c, weight: at } : c)),
            ),
          );
          const first = rankHonestly(re, x.minCoverage)[0];
          expect(first?.ranked ? first.item.vendor : undefined).toBe(span.leader);
        }
      }),
      { numRuns: 200 },
    );
  });
});
