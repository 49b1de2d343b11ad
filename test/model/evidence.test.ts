/** Evidence strength from the kinds of a claim's sources. */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../source/data/schema.js';
import { evidenceOf } from '../../source/model/evidence.js';

const source = (id: string, kind: Source['kind'], publisher = id): Source => ({
  id,
  kind,
  title: id,
  url: `https://example.com/${id}`,
  publisher,
  accessed: '2026-11-26',
});
const byId = new Map(
  [
    source('docs', 'docs'),
    source('blog', 'blog'),
    source('pr', 'press-release'),
    source('sec', 'filing'),
    source('reuters', 'news'),
    source('cnbc', 'news'),
    source('idc', 'analyst'),
    source('seed', 'article', 'GogoAI News'),
    source('seed-v2', 'article', 'GogoAI News'),
  ].map((s) => [s.id, s]),
);

describe('evidenceOf', () => {
  it.each([
    [['docs'], 'primary'],
    [['seed', 'blog'], 'primary'],
    [['pr'], 'primary'],
    [['sec'], 'primary'],
    [['reuters', 'cnbc'], 'secondary'],
    [['reuters', 'idc'], 'secondary'],
    [['reuters'], 'single-source'],
    [['seed'], 'single-source'],
    [['seed', 'seed-v2'], 'single-source'],
    [['seed', 'reuters'], 'secondary'],
    [[], null],
    [['missing'], null],
  ])('%j is %s', (refs, strength) => {
    expect(evidenceOf(refs, byId)).toBe(strength);
  });
});
