/**
 * Markdown evidence, read back as GitHub would: marked with GFM footnotes
 * (marked-footnote). Every footnote reference in a cell resolves to a
 * definition that links at least one http(s) source; every definition is
 * referenced; each source is listed once, under one number.
 */
import { Marked, type Token, type Tokens } from 'marked';
import markedFootnote from 'marked-footnote';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/fakeIo.js';

interface Footnotes {
  refs: string[];
  /** Label → the links in its definition. */
  definitions: Map<string, string[]>;
  /** The numbered Sources list: link targets in order. */
  sourceList: string[];
}

function footnotesOf(markdown: string): Footnotes {
  const marked = new Marked({ gfm: true });
  marked.use(markedFootnote());
  const tokens = marked.lexer(markdown);
  const refs: string[] = [];
  const definitions = new Map<string, string[]>();
  marked.walkTokens(tokens, (t) => {
    if (t.type === 'footnoteRef') refs.push((t as unknown as { label: string }).label);
  });
  const block = tokens.find((t) => t.type === 'footnotes') as unknown as
    | { items: { label: string; content: Token[] }[] }
    | undefined;
  for (const item of block?.items ?? []) {
    const links: string[] = [];
    marked.walkTokens(item.content, (t) => {
      if (t.type === 'link') links.push((t as Tokens.Link).href);
    });
    definitions.set(item.label, links);
  }
  const at = tokens.findIndex((t) => t.type === 'heading' && /^Sources$/.test((t as Tokens.Heading).text));
  const list = tokens.slice(at).find((t) => t.type === 'list') as Tokens.List | undefined;
  const sourceList = (list?.items ?? []).map((i) => {
    const hrefs: string[] = [];
    marked.walkTokens(i.tokens, (t) => {
      if (t.type === 'link') hrefs.push((t as Tokens.Link).href);
    });
    return hrefs[0] ?? '';
  });
  return { refs, definitions, sourceList };
}

function expectResolved(markdown: string): Footnotes {
  const f = footnotesOf(markdown);
  expect(f.refs.length).toBeGreaterThan(0);
  for (const label of f.refs) {
    const links = f.definitions.get(label);
    expect(links, `[^${label}] has no definition`).toBeDefined();
    expect(links?.length, `[^${label}] cites no source`).toBeGreaterThan(0);
    for (const href of links ?? []) expect(href).toMatch(/^https?:\/\//);
  }
  for (const label of f.definitions.keys()) expect(f.refs, `[^${label}] is never referenced`).toContain(label);
  // Sources numbered once per document: each URL listed once, and every cited URL listed.
  expect(new Set(f.sourceList).size).toBe(f.sourceList.length);
  for (const links of f.definitions.values()) for (const href of links) expect(f.sourceList).toContain(href);
  return f;
}

const TODAY = { TRAINSCAPE_TODAY: '2026-11-26' };

describe('Markdown footnotes resolve', () => {
  it('features on the small fixture: a footnote for every cell with sources', async () => {
    const r = await runMain(['--data', 'test/fixtures/small.yaml', '--view', 'features', '--format', 'markdown']);
    const f = expectResolved(r.stdout);
    // Five of the six cells cite a source (Beta's Unknown cites none).
    expect(f.refs).toHaveLength(5);
  });

  it('features on the bundled data, filtered the way a decision record wants it', async () => {
    const r = await runMain(
      [
        '--vendor',
        'databricks,sagemaker',
        '--view',
        'features',
        '--category',
        'fine-tuning',
        '--only-differences',
        '--format',
        'markdown',
      ],
      { env: TODAY },
    );
    expect(r.code, r.stderr).toBe(0);
    expectResolved(r.stdout);
  });

  it('every view of the bundled data that cites claims', async () => {
    for (const view of ['features', 'compute', 'deals', 'changes', 'overview', 'market']) {
      const r = await runMain(['--view', view, '--format', 'markdown'], { env: TODAY });
      expect(r.code, r.stderr).toBe(0);
      expectResolved(r.stdout);
    }
  });

  it('the report: differences and changes share one numbering', async () => {
    const r = await runMain(['report', '--vendor', 'databricks,sagemaker'], { env: TODAY });
    expect(r.code, r.stderr).toBe(0);
    expectResolved(r.stdout);
  });
});
