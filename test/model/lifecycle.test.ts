/** Dated changes: the status in effect on a day, upcoming and recent marks, names of the day, the event list. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Change, Vendor } from '../../source/data/schema.js';
import { STATUSES } from '../../source/data/vocabulary.js';
import {
  cellOn,
  displayName,
  eventWhen,
  lifecycleOn,
  nameOn,
  relativeDay,
  statusOn,
} from '../../source/model/lifecycle.js';

const retire: Change = { on: '2026-09-30', kind: 'retirement', status: 'none', note: 'Retired.', sources: ['s'] };
const deprecate: Change = { on: '2026-06-30', kind: 'deprecation', note: 'Deprecated.', sources: ['s'] };
const cell: Cell = { status: 'ga', note: 'Labeling.', sources: ['s'], changes: [deprecate, retire] };

describe('statusOn', () => {
  it.each([
    ['2026-06-29', 'ga'],
    ['2026-06-30', 'ga'],
    ['2026-09-29', 'ga'],
    ['2026-09-30', 'none'],
    ['2027-01-01', 'none'],
  ])('on %s the status is %s', (day, status) => {
    expect(statusOn(cell, day)).toBe(status);
  });

  it('is the status of the last change on or before the day that sets one (property)', () => {
    const day = fc
      .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const change = fc.record({ on: day, status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }) });
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), fc.array(change, { maxLength: 6 }), day, (base, raw, today) => {
        const changes = [...new Map(raw.map((c) => [c.on, c])).values()]
          .sort((a, b) => a.on.localeCompare(b.on))
          .map((c) => ({ on: c.on, kind: 'change' as const, status: c.status, note: 'n', sources: ['s'] }));
        const expected = [...changes].reverse().find((c) => c.on <= today && c.status)?.status ?? base;
        expect(statusOn({ status: base, sources: [], changes }, today)).toBe(expected);
      }),
    );
  });
});

describe('lifecycleOn and cellOn', () => {
  it('marks a change within 90 days ahead as upcoming and one within 90 days past as recent', () => {
    expect(lifecycleOn(cell, '2026-08-01')?.upcoming).toBe(retire);
    expect(lifecycleOn(cell, '2026-08-01')?.recent).toBe(deprecate);
    expect(lifecycleOn(cell, '2026-11-26')?.recent).toBe(retire);
    expect(lifecycleOn(cell, '2026-11-26')?.upcoming).toBeUndefined();
    expect(lifecycleOn(cell, '2027-06-01')?.recent).toBeUndefined();
    expect(lifecycleOn(cell, '2027-06-01')?.inEffect).toBe(retire);
    expect(lifecycleOn({ status: 'ga', sources: [] }, '2026-01-01')).toBeUndefined();
  });

  it('returns the status in effect and keeps the status before the changes', () => {
    const live = cellOn(cell, '2026-11-26');
    expect(live.status).toBe('none');
    expect(live.lifecycle?.base).toBe('ga');
    expect(cellOn(cell, '2026-01-01').status).toBe('ga');
  });
});

describe('vendor names of the day', () => {
  const vendor: Vendor = {
    id: 'vertex-ai',
    name: 'Gemini Enterprise Agent Platform',
    parent: 'Google LLC',
    aliases: [],
    trainingProducts: [],
    openSource: [],
    sources: [],
    formerly: [{ name: 'Google Cloud Vertex AI', until: '2026-04-22', sources: ['s'] }],
  };
  it('uses the former name before the rename and the new one, with "formerly", from its day', () => {
    expect(nameOn(vendor, '2026-04-21')).toBe('Google Cloud Vertex AI');
    expect(displayName(vendor, '2026-04-21')).toBe('Google Cloud Vertex AI');
    expect(displayName(vendor, '2026-04-22')).toBe('Gemini Enterprise Agent Platform (formerly Vertex AI)');
  });
});

describe('days in words', () => {
  it.each([
    ['2026-11-26', 'today', 'recent'],
    ['2026-11-27', 'in 1 day', 'upcoming'],
    ['2026-09-30', '57 days ago', 'recent'],
    ['2027-03-16', 'in 110 days', 'later'],
    ['2025-01-01', '694 days ago', 'past'],
  ])('%s is %s (%s) seen from 2026-11-26', (on, words, when) => {
    expect(relativeDay(on, '2026-11-26')).toBe(words);
    expect(eventWhen(on, '2026-11-26')).toBe(when);
  });
});
