#!/usr/bin/env node
// Writes a synthetic, schema-valid trainscape dataset of N vendors × M features,
// deterministic from a seed, as JSON (the loader's fast path).
// Usage: node bench/generate.mjs [--vendors 50] [--features 5000] [--seed 1] [--out bench/out/large.json]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const STATUSES = ['ga', 'ga', 'ga', 'preview', 'partial', 'none', 'unknown'];

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate({
  vendors = 50,
  features = 5000,
  seed = 1,
  categories = 25,
  accelerators = 20,
  sources = 2000,
} = {}) {
  categories = Math.min(categories, features);
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pad = (n, w) => String(n).padStart(w, '0');
  const words = [
    'managed',
    'distributed',
    'training',
    'serving',
    'lakehouse',
    'tuning',
    'vector',
    'agent',
    'pipeline',
    'GPU',
    'registry',
    'catalog',
    'monitoring',
  ];
  const phrase = (n) => Array.from({ length: n }, () => pick(words)).join(' ');

  const sourceList = Array.from({ length: sources }, (_, i) => ({
    id: `src-${pad(i, 5)}`,
    title: `Synthetic documentation page ${i}: ${phrase(3)}`,
    url: `https://docs.example.com/synthetic/${i}`,
    publisher: `Publisher ${i % 40}`,
    kind: 'docs',
    accessed: `2026-${pad(1 + (i % 11), 2)}-${pad(1 + (i % 28), 2)}`,
  }));
  let nextSource = 0;
  const cite = () => {
    // Cycle through every source first so each is used, then pick at random.
    const id = nextSource < sources ? sourceList[nextSource++].id : pick(sourceList).id;
    return [id];
  };
  const vendorList = Array.from({ length: vendors }, (_, i) => ({
    id: `vendor-${pad(i, 3)}`,
    name: `Vendor ${pad(i, 3)} ${pick(['Cloud', 'AI', 'ML', 'Platform'])}`,
    parent: `Parent ${i} Inc.`,
    aliases: [`v${i}`],
    trainingProducts: [`Trainer ${i}`],
    pricingUnit: 'per GPU-hour',
    openSource: [`lib-${i}`],
    sources: cite(),
  }));
  const categoryList = Array.from({ length: categories }, (_, i) => ({
    id: `category-${pad(i, 2)}`,
    name: `Category ${i}: ${phrase(2)}`,
  }));
  const featureList = Array.from({ length: features }, (_, i) => ({
    id: `feature-${pad(i, 5)}`,
    category: categoryList[i % categories].id,
    name: `Feature ${i} ${phrase(3)}`,
    description: phrase(8),
  }));
  const cell = () => {
    const status = pick(STATUSES);
    const c = { status, note: `${phrase(3)}.`, sources: status === 'unknown' ? [] : cite() };
    return c;
  };
  const cells = {};
  for (const v of vendorList) {
    cells[v.id] = {};
    for (const f of featureList) cells[v.id][f.id] = cell();
  }
  const acceleratorList = Array.from({ length: accelerators }, (_, i) => ({
    id: `accel-${pad(i, 2)}`,
    name: `Accelerator ${i}`,
    maker: `Maker ${i % 4}`,
  }));
  const compute = {};
  for (const v of vendorList) {
    compute[v.id] = {};
    for (const a of acceleratorList) compute[v.id][a.id] = cell();
  }
  const deals = Array.from({ length: 100 }, (_, i) => ({
    id: `deal-${pad(i, 3)}`,
    date: `20${pad(10 + (i % 16), 2)}-${pad(1 + (i % 12), 2)}`,
    kind: pick(['acquisition', 'funding', 'investment', 'partnership']),
    buyer: `Buyer ${i}`,
    target: `Target ${i}`,
    value: { amount: (i + 1) * 1e7, currency: 'USD', text: `$${(i + 1) * 10} million` },
    status: 'completed',
    sources: cite(),
  }));
  const market = Array.from({ length: 20 }, (_, i) => ({
    id: `market-${pad(i, 2)}`,
    metric: `Market figure ${i}`,
    year: 2015 + (i % 12),
    kind: 'estimate',
    value: { amount: (i + 1) * 1e9, currency: 'USD', text: `$${i + 1} billion` },
    attribution: 'Synthetic',
    sources: cite(),
  }));
  // Sources not yet cited go to the trends, so every source is used.
  const trends = [];
  while (nextSource < sources) trends.push({ id: `trend-${pad(trends.length, 4)}`, text: phrase(6), sources: cite() });
  return {
    dataset: { name: `synthetic ${vendors}x${features} (seed ${seed})`, version: '0.0.0', asOf: '2026-11-24' },
    vendors: vendorList,
    categories: categoryList,
    features: featureList,
    cells,
    accelerators: acceleratorList,
    compute,
    deals,
    market,
    trends,
    sources: sourceList,
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate.mjs')) {
  const { values } = parseArgs({
    options: {
      vendors: { type: 'string', default: '50' },
      features: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench/out/large.json' },
    },
  });
  const data = generate({
    vendors: Number(values.vendors),
    features: Number(values.features),
    seed: Number(values.seed),
  });
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(values.out, JSON.stringify(data));
  process.stdout.write(`${values.out}: ${data.vendors.length} vendors × ${data.features.length} features\n`);
}
