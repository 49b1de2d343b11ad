/**
 * The built program in a real terminal (tmux): weight keys re-sort the
 * scorecard, the quadrant at 80×24, stale marks, and --watch reloading a
 * temporary copy of a dataset as it is edited (never the bundled data).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/bin.js';
import { SMALL, tempDir } from '../helpers/tmp.js';
import { trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();

const rankingLine = (screen: string) => screen.split('\n').find((l) => l.startsWith('Ranking ')) ?? '';

/** The leader the printed scorecard names for these weights: the screen must agree with it. */
function printedLeader(weights?: string): string {
  const args = [
    'bin/trainscape.js',
    '--view',
    'scorecard',
    '--format',
    'json',
    ...(weights ? ['--weights', weights] : []),
  ];
  const json = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT }));
  return json.ranking[0].vendor;
}

describe('the scorecard in a real terminal', () => {
  it('+ - x change weights and the ranking re-sorts; c shows the quadrant at 80×24', async () => {
    const s = start('--view scorecard', 80, 24);
    await s.waitFor(/Scorecard \(equal weights\) · row 1\/\d+/);
    const before = rankingLine(s.screen());
    expect(before).toMatch(new RegExp(`^Ranking 1\\. ${printedLeader()}`));
    s.keys('+', '+');
    await s.waitFor(/Data integration & prep\S*\s+3\b/);
    await s.waitFor('Scorecard (your weights)');
    expect(rankingLine(s.screen())).toMatch(new RegExp(`^Ranking 1\\. ${printedLeader('data-prep=3')}`));
    s.keys('-');
    await s.waitFor(/Data integration & prep\S*\s+2\b/);
    s.keys('x');
    await s.waitFor(/Data integration & prep\S*\s+0\b/);
    await s.waitFor('weight excluded (0)');
    s.keys('r');
    await s.waitFor('Scorecard (equal weights)');
    expect(rankingLine(s.screen())).toBe(before);
    s.keys('c');
    const chart = await s.waitFor('breadth → (available ÷ known)');
    for (const label of ['databricks', 'vertex-ai', 'sagemaker', 'azure-ml', 'Leaders', 'Emerging']) {
      expect(chart).toContain(label);
    }
    expect((chart.split('\n')[23] ?? '').trim()).toBe('');
    s.keys('q');
    await s.waitFor('EXITED:0');
  });

  it('marks stale claims with † and says STALE in the status bar when today is far ahead', async () => {
    const s = start('--view features', 100, 30, { TRAINSCAPE_TODAY: '2030-01-01' });
    await s.waitFor('Feature matrix · row');
    const screen = s.screen();
    expect(screen).toMatch(/✓ GA†/);
    expect(screen).toContain('† stale');
    expect(screen).toMatch(/data 3\.1y old STALE/);
    s.keys('Down');
    await s.waitFor('row 1/106');
    s.keys('Right');
    await s.waitFor('col Databricks');
    s.keys('Enter');
    await s.waitFor('STALE: older than 12 months');
    s.keys('q');
    await s.waitFor('EXITED:0');
  });
});

describe('--watch', () => {
  it('reloads a temp copy on save, keeps the cursor, shows a bad save in a banner and keeps the last good data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'landscape.yaml');
    copyFileSync(SMALL, file);
    const good = readFileSync(file, 'utf8');
    const s = start(`--data ${file} --watch --view features`, 100, 24, { TRAINSCAPE_TODAY: '2026-02-01' });
    await s.waitFor('Feature matrix · row 1/3');
    expect(s.screen()).toContain('watching');
    s.keys('Down', 'Down');
    await s.waitFor('row 2/3');
    // A valid change: Alpha's spot training goes from partial to GA.
    writeFileSync(file, good.replace('spot: {status: partial', 'spot: {status: ga'));
    await s.waitFor(/Spot training\s+✓ GA\s+\? Unknown/);
    expect(s.screen()).toContain('row 2/3');
    // An invalid intermediate save: the banner says where, the last good data stays.
    writeFileSync(file, good.replace('spot: {status: partial', 'spot: {status: maybe'));
    const bad = await s.waitFor('Reload failed');
    expect(bad).toMatch(/landscape\.yaml:\d+:\d+/);
    expect(bad).toMatch(/Spot training\s+✓ GA/);
    expect(bad).toContain('row 2/3');
    // Keys still work while the banner shows.
    s.keys('Down');
    await s.waitFor('row 3/3');
    // Fixed: the banner goes.
    writeFileSync(file, good);
    await s.waitForGone('Reload failed');
    await s.waitFor(/Spot training\s+◐ Partial/);
    expect(readFileSync(file, 'utf8')).toBe(good);
    s.keys('q');
    await s.waitFor('EXITED:0');
  });
});
