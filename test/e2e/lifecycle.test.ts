/**
 * Dated changes as a user meets them in a real terminal: the same dataset seen
 * the day before a retirement and after it, the Changes tab, and the evidence
 * of a change.
 */
import { describe, expect, it } from 'vitest';
import { trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();
const DATA = '--data test/fixtures/lifecycle.yaml';

describe('lifecycle changes on screen', () => {
  it('shows Partial with an upcoming mark before the retirement day and None with a recent mark after it', async () => {
    const before = start(`${DATA} --view features`, 100, 24, { TRAINSCAPE_TODAY: '2026-09-29' });
    const b = await before.waitFor('Feature matrix · row');
    expect(b).toMatch(/Spot training\s+◐ Partial›/);
    expect(b).toMatch(/› ?‹ dated change/);
    const after = start(`${DATA} --view features`, 100, 24, { TRAINSCAPE_TODAY: '2026-10-01' });
    const a = await after.waitFor('Feature matrix · row');
    expect(a).toMatch(/Spot training\s+✗ None‹/);
  });

  it('lists upcoming and recent changes on the Changes tab, and Enter opens a change with its source', async () => {
    const s = start(DATA, 120, 30, { TRAINSCAPE_TODAY: '2026-11-26' });
    await s.waitFor('Vendors at a glance · row');
    s.keys('8');
    const screen = await s.waitFor('Lifecycle changes · row');
    expect(screen).toMatch(/Upcoming: the next 90 days \(1\)/);
    expect(screen).toMatch(/2026-12-15\s+in 19 days\s+Beta Agent/);
    expect(screen).toMatch(/Recent: the last 90 days \(1\)/);
    expect(screen).toMatch(/2026-09-30\s+57 days ago\s+Alpha ML\s+Retirement/);
    expect(screen.indexOf('Upcoming')).toBeLessThan(screen.indexOf('Recent'));
    s.keys('j', 'Enter');
    const ev = await s.waitFor('Evidence · Real-time endpoints');
    expect(ev).toMatch(/Date: 2026-12-15 \(in 19 days\)/);
    expect(ev).toMatch(/Status: ◇ Preview → ✓ GA/);
    expect(ev).toMatch(/Evidence: primary/);
    expect(ev).toMatch(/https:\/\//);
    s.keys('Escape');
    await s.waitFor('Lifecycle changes · row');
    s.keys('q');
    await s.waitFor('EXITED:0');
  });
});
