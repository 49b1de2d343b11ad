#!/usr/bin/env node
// trainscape's benchmark: first frame, key-to-frame latency, peak memory and
// printed-output time, each as a median and as a ratio to a baseline measured
// in the same run (node printing one line through the same pseudo-terminal).
// Usage: node bench/run.mjs [--quick] [--runs 5] [--data FILE] [--json OUT]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { startInPty } from './pty.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'trainscape.js');
const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    data: { type: 'string' },
    json: { type: 'string' },
  },
});
const RUNS = Number(opts.runs ?? (opts.quick ? 1 : 5));
const KEY_REPEATS = opts.quick ? 3 : 30;
/** The dashboard's status bar shows `row x/y` once a frame is complete. */
const FRAME = (s) => /row \d+\/\d+/.test(s);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function largeDataset() {
  if (opts.data) return opts.data;
  const file = path.join(ROOT, 'bench', 'out', opts.quick ? 'small.json' : 'large.json');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const size = opts.quick ? { vendors: 5, features: 200 } : { vendors: 50, features: 5000 };
    writeFileSync(file, JSON.stringify(generate({ ...size, seed: 1 })));
  }
  return file;
}

async function baselineOnce() {
  const p = startInPty([process.execPath, '-e', "console.log('ready')"]);
  const t = await p.waitFor((s) => s.includes('ready'));
  await p.exited;
  return t - p.started;
}

/** Wall time of a printed run (output to /dev/null) and its peak resident memory in MB (GNU time's %M). */
async function exitTime(args, env = {}) {
  const p = startInPty(
    ['sh', '-c', `/usr/bin/time -f 'PEAK_KB=%M' "$0" "$@" > /dev/null`, process.execPath, BIN, ...args],
    { env },
  );
  const { code, t } = await p.exited;
  if (code !== 0) throw new Error(`trainscape ${args.join(' ')} exited ${code}: ${p.text().slice(-300)}`);
  const kb = Number(/PEAK_KB=(\d+)/.exec(p.text())?.[1]);
  return { ms: t - p.started, mb: kb / 1024 };
}

async function firstFrame(args, env = {}) {
  const p = startInPty([process.execPath, BIN, ...args], { env });
  try {
    const t = await p.waitFor(FRAME, { timeout: 60_000 });
    return { ms: t - p.started, p };
  } catch (err) {
    p.kill();
    throw err;
  }
}

async function quit(p) {
  p.child.stdin.write('q');
  const timer = setTimeout(() => p.kill(), 3000);
  await p.exited;
  clearTimeout(timer);
}

async function keyLatencies(data) {
  const { p } = await firstFrame(['--data', data, '--view', 'features']);
  // Steady state: after the first frame the dashboard builds the other views in the
  // background (one per tick, the largest ~150 ms on 50×5,000); keys are timed once that is done.
  await new Promise((resolve) => setTimeout(resolve, opts.quick ? 200 : 2500));
  await p.settle(50);
  const results = {};
  const measure = async (name, keys, times = KEY_REPEATS, before, after) => {
    const xs = [];
    for (let i = 0; i < times; i++) {
      // Set-up keys (back to the top, open or close search) may find nothing to change.
      if (before) await p.tap(before);
      xs.push(await p.press(keys));
      if (after) await p.tap(after);
    }
    results[name] = xs;
  };
  await measure('cursor down (j)', 'j');
  // Back to the top before each page, so every PgDn moves (a tiny dataset has few pages).
  await measure('page down (PgDn)', '\u001b[6~', KEY_REPEATS, 'g');
  await measure('toggle differences-only (d)', 'd');
  await measure('search keystroke (/ then a letter)', 'e', KEY_REPEATS, '/', '\u001b');
  await measure('Tab to the next view', '\t', Math.max(7, KEY_REPEATS));
  const rss = p.peakRssMb();
  await quit(p);
  return { results, rss };
}

async function main() {
  const data = largeDataset();
  const rows = [];
  const baseline = [];
  const samples = { bundled: [], firstKey: [], noCache: [], large: [], json: [], jsonCold: [], csv: [] };
  const rss = { bundled: Number.NaN, large: Number.NaN, json: 0, jsonCold: 0 };
  // One unmeasured start fills V8's compile cache, and one unmeasured print of the large dataset
  // fills the validated-data cache (kept in a directory of the bench's own), as any earlier run
  // of trainscape would have.
  await quit((await firstFrame([])).p);
  await exitTime(['--data', data, '--format', 'json']);
  for (let i = 0; i < RUNS; i++) {
    baseline.push(await baselineOnce());
    const b = await firstFrame([]);
    samples.bundled.push(b.ms);
    // The first frame is drawn before Ink is loaded; a key pressed as it appears is answered once Ink is.
    // Ink rewrites only what changed, so the status line's `row 1/4` becomes `2/4` after the key.
    const since = b.p.text().length;
    b.p.child.stdin.write('j');
    samples.firstKey.push((await b.p.waitFor((s) => /(^|\D)2\/\d+/.test(s), { since, timeout: 60_000 })) - b.p.started);
    rss.bundled = Math.max(Number.isNaN(rss.bundled) ? 0 : rss.bundled, b.p.peakRssMb());
    await quit(b.p);
    const c = await firstFrame([], { NODE_DISABLE_COMPILE_CACHE: '1' });
    samples.noCache.push(c.ms);
    await quit(c.p);
    const l = await firstFrame(['--data', data]);
    samples.large.push(l.ms);
    await l.p.settle(50);
    rss.large = Math.max(Number.isNaN(rss.large) ? 0 : rss.large, l.p.peakRssMb());
    await quit(l.p);
    const json = await exitTime(['--data', data, '--format', 'json']);
    samples.json.push(json.ms);
    rss.json = Math.max(rss.json, json.mb);
    const cold = await exitTime(['--data', data, '--format', 'json'], { TRAINSCAPE_CACHE: '0' });
    samples.jsonCold.push(cold.ms);
    rss.jsonCold = Math.max(rss.jsonCold, cold.mb);
    samples.csv.push((await exitTime(['--data', data, '--format', 'csv', '--view', 'features'])).ms);
  }
  const base = median(baseline);
  const keys = await keyLatencies(data);
  rss.large = Math.max(rss.large, keys.rss);

  const ratio = (ms) => ms / base;
  const add = (metric, value, unit, r, target, met) => rows.push({ metric, value, unit, ratio: r, target, met });
  /** A time, with its ratio to the baseline and, when given, the largest ratio allowed. */
  const time = (metric, ms, maxRatio) =>
    add(
      metric,
      ms,
      'ms',
      ratio(ms),
      maxRatio ? `≤ ${maxRatio.toFixed(1)}×` : '',
      maxRatio ? ratio(ms) <= maxRatio : '',
    );
  /** A size in MB, with the largest allowed. */
  const size = (metric, mb, max) => add(metric, mb, 'MB', Number.NaN, max ? `≤ ${max} MB` : '', max ? mb <= max : '');

  time('baseline: the same node prints one line in a pty', base);
  time('first frame, bundled data (120×40)', median(samples.bundled), 3);
  time('first key answered (j pressed at the first frame), bundled data', median(samples.firstKey));
  time('first frame, bundled data, compile cache off', median(samples.noCache));
  time('first frame, 50×5,000 dataset', median(samples.large), 8);
  for (const [name, xs] of Object.entries(keys.results)) {
    time(`key p50: ${name}`, percentile(xs, 50));
    const p95 = percentile(xs, 95);
    add(`key p95: ${name}`, p95, 'ms', ratio(p95), '≤ 25 ms', p95 <= 25);
  }
  size('peak RSS, bundled data', rss.bundled);
  size('peak RSS, 50×5,000 dashboard, every view built (incl. keys)', rss.large, 250);
  time('--format json, 50×5,000 (overview)', median(samples.json), 8);
  size('peak RSS, --format json, 50×5,000', rss.json, 200);
  time('--format json, 50×5,000, data cache off (validated in full)', median(samples.jsonCold));
  size('peak RSS, --format json, 50×5,000, data cache off', rss.jsonCold);
  time('--format csv, 50×5,000 (features)', median(samples.csv));

  const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');
  const table = [
    `| metric | median | ratio to baseline | target | met |`,
    `|---|---:|---:|---|---|`,
    ...rows.map(
      (r) =>
        `| ${r.metric} | ${fmt(r.value)} ${r.unit} | ${Number.isFinite(r.ratio) ? `${fmt(r.ratio, 2)}×` : '—'} | ${r.target} | ${r.met === '' ? '' : r.met ? 'yes' : 'no'} |`,
    ),
  ].join('\n');
  process.stdout.write(
    `trainscape bench · ${RUNS} run${RUNS === 1 ? '' : 's'} · dataset ${path.relative(ROOT, data)} · node ${process.version}\n\n${table}\n`,
  );
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ runs: RUNS, data, rows }, null, 2)}\n`);
}

// The validated-data cache lives in a directory of the bench's own, never the user's ~/.cache.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'trainscape-bench-cache-'));
process.env.TRAINSCAPE_CACHE_DIR = cacheDir;
main()
  .catch((err) => {
    process.stderr.write(`bench: ${err.message}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(cacheDir, { recursive: true, force: true }));
