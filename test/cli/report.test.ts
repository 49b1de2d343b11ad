/** `trainscape report`: where it writes, what it refuses, and that hostile data stays inert in HTML. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { runMain } from './fakeIo.js';

const LIFECYCLE = ['--data', 'test/fixtures/lifecycle.yaml'];
const env = { TRAINSCAPE_TODAY: '2026-11-26' };

describe('trainscape report', () => {
  const dir = tempDir();

  it('writes --output, and never replaces it without --force', async () => {
    const file = path.join(dir, 'decision.md');
    const first = await runMain(['report', ...LIFECYCLE, '--output', file], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`wrote the report to ${file}`);
    const printed = await runMain(['report', ...LIFECYCLE], { env });
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);

    writeFileSync(file, 'my own notes\n');
    const again = await runMain(['report', ...LIFECYCLE, '--output', file], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('my own notes\n');

    const forced = await runMain(['report', ...LIFECYCLE, '--output', file, '--force'], { env });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
  });

  it('refuses formats other than markdown and html, and html for views', async () => {
    const csv = await runMain(['report', ...LIFECYCLE, '--format', 'csv'], { env });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/markdown or html/);
    const view = await runMain(['--view', 'features', ...LIFECYCLE, '--format', 'html'], { env });
    expect(view.code).toBe(2);
    expect(existsSync(path.join(dir, 'nothing'))).toBe(false);
  });

  it('takes --vendor and --weights, and says unknown ones', async () => {
    const r = await runMain(['report', ...LIFECYCLE, '--vendor', 'beta', '--weights', 'serving=0'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Weights: Serving ×0/);
    expect(r.stdout).toMatch(/Fewer than two vendors are shortlisted/);
    const bad = await runMain(['report', ...LIFECYCLE, '--vendor', 'alfa'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean "alpha"/);
  });

  it('renders hostile data as inert HTML: no markup, scripts, controls or non-http links', async () => {
    const r = await runMain(['report', '--data', 'test/fixtures/hostile.yaml', '--format', 'html'], { env });
    expect(r.code, r.stderr).toBe(0);
    const html = r.stdout;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="(?!https?:\/\/|#)/);
    expect(html).not.toMatch(/\u001b|\u009b|\u202e/);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<link |<img |src=/);
  });
});
