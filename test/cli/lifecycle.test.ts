/** TRAINSCAPE_TODAY before and after a change date: the status flips in every format and the Changes view says so. */
import { describe, expect, it } from 'vitest';
import { runMain } from './fakeIo.js';

const DATA = ['--data', 'test/fixtures/lifecycle.yaml'];
const on = (day: string) => ({ env: { TRAINSCAPE_TODAY: day } });

describe('a retirement on 2026-09-30', () => {
  it('reads Partial the day before and None from its day, in JSON', async () => {
    const before = JSON.parse((await runMain([...DATA, '--view', 'features', '-f', 'json'], on('2026-09-29'))).stdout);
    const after = JSON.parse((await runMain([...DATA, '--view', 'features', '-f', 'json'], on('2026-09-30'))).stdout);
    const spot = (j: { rows: { id: string; cells: Record<string, { status: string }> }[] }) =>
      j.rows.find((r) => r.id === 'spot')?.cells.alpha;
    expect(spot(before)?.status).toBe('partial');
    expect(spot(after)?.status).toBe('none');
    expect(spot(after)).toMatchObject({
      baseStatus: 'partial',
      evidence: 'primary',
      changes: [
        { on: '2026-06-30', kind: 'deprecation', status: 'partial', when: 'past' },
        { on: '2026-09-30', kind: 'retirement', status: 'none', when: 'recent' },
      ],
    });
  });

  it.each([
    ['table', /Spot training\s+◐ Partial›/, /Spot training\s+✗ None‹/],
    ['markdown', /\| Spot training \| ◐ Partial›\[\^\d+\] \|/, /\| Spot training \| ✗ None‹\[\^\d+\] \|/],
    ['csv', /spot,Spot training,.*partial/i, /spot,Spot training,.*none/i],
  ])('flips in %s', async (format, before, after) => {
    const args = [...DATA, '--view', 'features', '-f', format, '--vendor', 'alpha'];
    expect((await runMain(args, on('2026-09-29'))).stdout).toMatch(before);
    expect((await runMain(args, on('2026-10-01'))).stdout).toMatch(after);
  });

  it('counts the status in effect in the overview', async () => {
    const counts = async (day: string) => {
      const j = JSON.parse((await runMain([...DATA, '-f', 'json'], on(day))).stdout);
      return j.rows.find((r: { id: string }) => r.id === 'alpha').features;
    };
    expect((await counts('2026-09-29')).none).toBe(0);
    expect((await counts('2026-10-01')).none).toBe(1);
  });
});

describe('the Changes view', () => {
  it('lists every change, coming ones first, with where it stands today, in JSON', async () => {
    const j = JSON.parse((await runMain([...DATA, '--view', 'changes', '-f', 'json'], on('2026-11-26'))).stdout);
    expect(j.today).toBe('2026-11-26');
    expect(j.events.map((e: { on: string; kind: string; when: string }) => `${e.on} ${e.kind} ${e.when}`)).toEqual([
      '2026-12-15 ga upcoming',
      '2026-09-30 retirement recent',
      '2026-06-30 deprecation past',
      '2026-04-22 rename past',
    ]);
    expect(j.events[0]).toMatchObject({
      vendor: 'beta',
      id: 'endpoints',
      from: 'preview',
      to: 'ga',
      evidence: 'primary',
    });
  });

  it('moves an upcoming change to recent once its day has passed', async () => {
    const when = async (day: string) =>
      JSON.parse((await runMain([...DATA, '--view', 'changes', '-f', 'json'], on(day))).stdout).events.find(
        (e: { kind: string }) => e.kind === 'ga',
      ).when;
    expect(await when('2026-11-26')).toBe('upcoming');
    expect(await when('2026-12-16')).toBe('recent');
  });

  it('follows --vendor, and prints in every format', async () => {
    const j = JSON.parse((await runMain([...DATA, '--view', 'changes', '-f', 'json', '--vendor', 'beta'])).stdout);
    expect(j.events.every((e: { vendor: string }) => e.vendor === 'beta')).toBe(true);
    for (const format of ['table', 'markdown', 'csv']) {
      const r = await runMain([...DATA, '--view', 'changes', '-f', format], on('2026-11-26'));
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('2026-09-30');
      expect(r.stdout).toMatch(/Retirement/);
    }
  });

  it('shows a renamed vendor under its name of the day, and --vendor takes the former name', async () => {
    const name = async (day: string) =>
      JSON.parse((await runMain([...DATA, '--view', 'features', '-f', 'json'], on(day))).stdout).vendors[1].name;
    expect(await name('2026-04-21')).toBe('Beta AI');
    expect(await name('2026-11-26')).toBe('Beta Agent Platform (formerly Beta AI)');
    const r = await runMain([...DATA, '--view', 'features', '-f', 'json', '--vendor', 'beta ai'], on('2026-11-26'));
    expect(JSON.parse(r.stdout).vendors.map((v: { id: string }) => v.id)).toEqual(['beta']);
  });
});
