/** Claim ages and the stale threshold: durations, calendar arithmetic, and which claims are stale. */
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import {
  addDuration,
  ageShort,
  ageText,
  isStale,
  isStaleClaim,
  parseDay,
  parseDuration,
  staleClaims,
} from '../../source/model/freshness.js';
import { buildLandscape, cellOf, UNKNOWN_CELL } from '../../source/model/landscape.js';
import { SMALL } from '../helpers/tmp.js';

const land = buildLandscape(loadOrThrow(SMALL).dataset);

describe('durations', () => {
  it.each([
    ['90d', { amount: 90, unit: 'd' }],
    ['6w', { amount: 6, unit: 'w' }],
    ['6m', { amount: 6, unit: 'm' }],
    ['1y', { amount: 1, unit: 'y' }],
    ['12 months', { amount: 12, unit: 'm' }],
    ['2Y', { amount: 2, unit: 'y' }],
  ])('%s', (text, d) => expect(parseDuration(text)).toEqual(d));

  it.each(['', '0d', '-3m', '1.5y', 'm', '12', 'soon', '3 fortnights'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('adds months by the calendar, clamped to the end of the month', () => {
    expect(addDuration('2026-01-31', { amount: 1, unit: 'm' })).toBe('2026-02-28');
    expect(addDuration('2024-02-29', { amount: 1, unit: 'y' })).toBe('2025-02-28');
    expect(addDuration('2026-12-30', { amount: 3, unit: 'd' })).toBe('2027-01-02');
  });

  it('checks TRAINSCAPE_TODAY dates', () => {
    expect(parseDay('2027-01-12')).toBe('2027-01-12');
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('2026-1-5')).toBeUndefined();
  });
});

describe('staleness', () => {
  const f = { today: '2027-01-12', staleAfter: { amount: 12, unit: 'm' as const } };

  it('a date is stale once the threshold has passed, not on the day', () => {
    expect(isStale('2026-01-12', f)).toBe(false);
    expect(isStale('2026-01-11', f)).toBe(true);
  });

  it("dates a claim by its newest source, else the dataset's as-of", () => {
    // alpha-docs accessed 2026-01-10: stale; beta endpoints cite beta-blog 2026-01-12: fresh;
    // beta spot cites nothing: the dataset's 2026-01-15, fresh.
    expect(isStaleClaim(land, cellOf(land, 'alpha', 'multi-node'), f)).toBe(true);
    expect(isStaleClaim(land, cellOf(land, 'beta', 'endpoints'), f)).toBe(false);
    expect(isStaleClaim(land, cellOf(land, 'beta', 'spot'), f)).toBe(false);
    expect(isStaleClaim(land, UNKNOWN_CELL, { ...f, today: '2099-01-01' })).toBe(false);
  });

  it('counts stale claims per vendor, features and accelerators', () => {
    expect(staleClaims(land, 'alpha', f)).toEqual({ feature: 3, compute: 1 });
    expect(staleClaims(land, 'beta', f)).toEqual({ feature: 1, compute: 1 });
    expect(staleClaims(land, 'alpha', { ...f, staleAfter: { amount: 5, unit: 'y' } })).toEqual({
      feature: 0,
      compute: 0,
    });
  });

  it('says ages in words and in short', () => {
    expect(ageText('2027-01-12', '2027-01-12')).toBe('today');
    expect(ageText('2026-12-13', '2027-01-12')).toBe('30 days');
    expect(ageText('2026-01-12', '2027-01-12')).toBe('12 months');
    expect(ageShort('2024-01-12', '2027-01-12')).toBe('3.0y');
  });
});
