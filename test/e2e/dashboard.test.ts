/**
 * The built bin/trainscape.js in a real terminal (tmux): launch, every view,
 * search, evidence, vendor filters, resize, and quitting with the terminal
 * restored. tmux is required; without it this suite fails rather than skips.
 */
import { describe, expect, it } from 'vitest';
import { SCREEN_TITLES, trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();

/** A frame is never taller than rows - 1: the last line of the pane stays empty. */
function expectFits(screen: string, rows: number) {
  const lines = screen.split('\n');
  expect(lines.length).toBeLessThanOrEqual(rows + 1);
  expect((lines[rows - 1] ?? '').trim()).toBe('');
}

describe('the dashboard in a real terminal', () => {
  it('launches on the overview and Tab visits every view', async () => {
    const s = start();
    await s.waitFor('Vendors at a glance · row 1/4');
    expect(s.screen()).toContain('Databricks Mosaic AI');
    // Tab from the overview visits every other view and comes back round.
    for (const t of [...SCREEN_TITLES.slice(1), SCREEN_TITLES[0]]) {
      s.keys('Tab');
      await s.waitFor(new RegExp(`${t}.* · row`));
      expectFits(s.screen(), 40);
    }
    s.keys('BTab');
    await s.waitFor('Lifecycle changes · row');
    s.keys('q');
    await s.waitFor('EXITED:0');
  });

  it("searches, opens a cell's evidence with a source and its URL, and closes it", async () => {
    const s = start('--view features');
    await s.waitFor('Feature matrix · row');
    s.keys('/');
    s.type('deepspeed');
    await s.waitFor('/deepspeed');
    s.keys('Enter');
    await s.waitFor(/\/deepspeed 1\/\d+/);
    // Notes of other rows may mention DeepSpeed too: n walks the matches to its own row.
    for (let i = 2; i < 10 && !/▸ DeepSpeed/.test(s.screen()); i++) {
      s.keys('n');
      await s.waitFor(new RegExp(`/deepspeed ${i}/\\d+`));
    }
    expect(s.screen()).toMatch(/▸ DeepSpeed/);
    s.keys('l', 'Enter');
    const ev = await s.waitFor('Evidence · DeepSpeed');
    expect(ev).toContain('Vendor: Databricks Mosaic AI');
    expect(ev).toMatch(/Status: [✓◇◐✗?] (GA|Preview|Partial|None|Unknown)/);
    expect(ev).toMatch(/As of: \d{4}-\d{2}-\d{2}/);
    expect(ev).toMatch(/\[1\] .+/);
    expect(ev).toMatch(/accessed \d{4}-\d{2}-\d{2}/);
    expect(ev).toMatch(/https:\/\/\S+/);
    s.keys('Escape');
    await s.waitForGone('Evidence ·');
    await s.waitFor('Legend:');
    s.keys('C-c');
    await s.waitFor('EXITED:0');
  });

  it('--vendor starts filtered; v hides another vendor', async () => {
    const s = start('--view features --vendor databricks,sagemaker');
    await s.waitFor('vendors 2/4');
    let screen = s.screen();
    expect(screen).toContain('Databricks Mosaic AI');
    expect(screen).toContain('Amazon SageMaker AI');
    expect(screen).not.toContain('Google Cloud Vertex AI');
    s.keys('v');
    await s.waitFor('Vendors: 2 of 4 shown');
    s.keys('Space');
    await s.waitFor('Vendors: 1 of 4 shown');
    s.keys('Escape');
    await s.waitForGone('Vendors: 1 of 4 shown');
    screen = await s.waitFor('vendors 1/4');
    expect(screen).not.toContain('Databricks Mosaic AI');
    expect(screen).toContain('Amazon SageMaker AI');
    s.keys('q');
    await s.waitFor('EXITED:0');
  });

  it('reflows on resize: wide, stacked below 80 columns, too small, and back', async () => {
    const s = start('--view features', 120, 40);
    await s.waitFor('Feature matrix · row');
    s.resize(60, 20);
    await s.waitFor(/Databricks [✓◇◐✗?] /);
    expectFits(s.screen(), 20);
    s.resize(30, 8);
    await s.waitFor('Terminal too small');
    s.resize(200, 50);
    // The legend is drawn under the rows: a screen read while the frame is still arriving has the header only.
    const wide = await s.waitFor('Legend:');
    expect(wide).toContain('Azure Machine Learning');
    expectFits(wide, 50);
    s.keys('q');
    await s.waitFor('EXITED:0');
  });

  it('restores the terminal on q: the shell screen is back and the dashboard is gone', async () => {
    const s = start('', 100, 30);
    await s.waitFor('Vendors at a glance');
    s.keys('q');
    const after = await s.waitFor('EXITED:0');
    expect(after).not.toContain('Vendors at a glance');
    expect(after).not.toContain('trainscape  1 Overview');
    // The cursor is visible again (tmux reports the pane's cursor flag).
    const { execFileSync } = await import('node:child_process');
    const flag = execFileSync('tmux', ['display-message', '-p', '-t', s.name, '#{cursor_flag}#{alternate_on}'], {
      encoding: 'utf8',
    }).trim();
    expect(flag).toBe('10');
  });

  it('restores the terminal on SIGTERM', async () => {
    const s = start('', 100, 30);
    await s.waitFor('Vendors at a glance');
    const { execFileSync } = await import('node:child_process');
    const pid = execFileSync('tmux', ['display-message', '-p', '-t', s.name, '#{pane_pid}'], {
      encoding: 'utf8',
    }).trim();
    const node =
      execFileSync('pgrep', ['-P', pid, '-f', 'bin/trainscape.js'], { encoding: 'utf8' }).trim().split('\n')[0] ?? '';
    execFileSync('kill', ['-TERM', node]);
    const after = await s.waitFor('EXITED:143');
    expect(after).not.toContain('Vendors at a glance');
    const flag = execFileSync('tmux', ['display-message', '-p', '-t', s.name, '#{cursor_flag}#{alternate_on}'], {
      encoding: 'utf8',
    }).trim();
    expect(flag).toBe('10');
  });

  it('under NO_COLOR statuses still read as glyph and word, and URLs are plain text', async () => {
    const s = start('--view features', 120, 40, { NO_COLOR: '1' });
    await s.waitFor('Legend: ✓ GA  ◇ Preview  ◐ Partial  ✗ None  ? Unknown');
    s.keys('q');
    await s.waitFor('EXITED:0');
  });

  it('draws every frame in a terminal whose environment sets CI', async () => {
    const s = start('', 120, 40, { CI: 'true' });
    await s.waitFor('Vendors at a glance · row 1/4');
    s.keys('Tab');
    await s.waitFor('Feature matrix · row');
    s.keys('q');
    await s.waitFor('EXITED:0');
  });
});
