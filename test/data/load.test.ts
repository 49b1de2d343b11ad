import { mkdirSync, truncateSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../source/data/load.js';
import { formatProblem, type Problem } from '../../source/data/problems.js';
import { ioProblem } from '../../source/data/read.js';
import { SMALL, smallText, tempDir, writeTemp } from '../helpers/tmp.js';

const dir = tempDir();

function problemsOf(text: string | Buffer, name = 'data.yaml'): Problem[] {
  const result = loadDataset(writeTemp(dir, name, text));
  if (result.ok) throw new Error('expected the dataset to be invalid');
  return result.problems.filter((p) => p.severity === 'error');
}

/** Replaces the first occurrence of `from` in the small fixture. */
const mutate = (from: string, to: string) => {
  const text = smallText();
  if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
  return text.replace(from, to);
};

describe('loadDataset on a valid file', () => {
  it('loads every section of the small fixture', () => {
    const result = loadDataset(SMALL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.loaded.dataset;
    expect(d.asOf).toBe('2026-01-15');
    expect(d.vendors.map((v) => v.id)).toEqual(['alpha', 'beta']);
    expect(d.features).toHaveLength(3);
    expect(d.cells.beta?.endpoints).toEqual({
      status: 'preview',
      note: 'Public preview since 2025.',
      sources: ['beta-docs', 'beta-blog'],
    });
    expect(result.loaded.warnings).toEqual([]);
  });

  it('merges a folder of fragments', () => {
    const folder = `${dir}/folder`;
    const text = smallText();
    const [head, rest] = text.split('\ncells:\n');
    mkdirSync(folder, { recursive: true });
    writeTemp(folder, 'a.yaml', head ?? '');
    writeTemp(folder, 'b.yaml', `cells:\n${rest}`);
    const result = loadDataset(folder);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.loaded.files).toHaveLength(2);
  });
});

describe('loadDataset reports problems with their location', () => {
  it('a YAML syntax error, with line and column', () => {
    const [p] = problemsOf('dataset:\n  name: x\n  asOf: [2026-01-01\n');
    expect(p?.message).toMatch(/YAML syntax error/);
    expect(p?.line).toBeGreaterThanOrEqual(3);
    expect(p?.file).toMatch(/data\.yaml$/);
  });

  it('a bad status value, at the value', () => {
    const text = mutate('spot: {status: partial,', 'spot: {status: mostly,');
    const [p] = problemsOf(text);
    expect(p?.field).toBe('cells.alpha.spot.status');
    const line = text.split('\n').findIndex((l) => l.includes('status: mostly')) + 1;
    expect(p?.line).toBe(line);
    expect(p?.column).toBe(text.split('\n')[line - 1]!.indexOf('mostly') + 1);
    expect(p?.message).toMatch(/must be one of "ga", "preview", "partial", "none", "unknown"/);
  });

  it('an unknown field, at its key', () => {
    const text = mutate('    parent: Alpha Corp', '    parent: Alpha Corp\n    colour: blue');
    const [p] = problemsOf(text);
    expect(p?.field).toBe('vendors[0].colour');
    expect(p?.message).toBe('unknown field "colour"');
    expect(p?.line).toBe(text.split('\n').findIndex((l) => l.includes('colour: blue')) + 1);
    expect(p?.column).toBe(5);
  });

  it('a wrong type names what it got', () => {
    const [p] = problemsOf(mutate('aliases: [b]', 'aliases: 7'));
    expect(p?.field).toBe('vendors[1].aliases');
    expect(p?.message).toBe('must be an array, not number 7');
  });

  it('an impossible date', () => {
    const [p] = problemsOf(mutate('asOf: 2026-01-15', 'asOf: 2026-02-30'));
    expect(p?.field).toBe('dataset.asOf');
    expect(p?.message).toBe('is not a real calendar date');
  });

  it('a duplicate key', () => {
    const text = mutate('  name: test landscape', '  name: test landscape\n  name: again');
    const [p] = problemsOf(text);
    const first = text.split('\n').indexOf('  name: test landscape') + 1;
    expect(p?.message).toBe(`duplicate key "name"; it first appears at line ${first}, column 3`);
    expect(p?.line).toBe(text.split('\n').indexOf('  name: again') + 1);
    expect(p?.column).toBe(3);
  });

  it('a duplicate id, pointing at the first definition', () => {
    const text = mutate('  - {id: spot,', '  - {id: multi-node,');
    const problems = problemsOf(text);
    const dup = problems.find((p) => p.message.startsWith('duplicate feature id'));
    expect(dup?.message).toMatch(/already defined at .*data\.yaml:\d+:\d+/);
    expect(dup?.field).toBe('features[1].id');
  });

  it('a cell citing a source that does not exist', () => {
    const problems = problemsOf(
      mutate(
        'multi-node: {status: ga, note: Documented., sources: [alpha-docs]}',
        'multi-node: {status: ga, note: Documented., sources: [nowhere]}',
      ),
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toContain(
      'cells.alpha.multi-node.sources[0]: cites source "nowhere", which is not defined',
    );
  });

  it('a vendor missing a cell for a feature', () => {
    const problems = problemsOf(mutate('    endpoints: {status: ga, sources: [alpha-docs]}\n', ''));
    expect(problems.map((p) => p.message)).toContain('vendor "alpha" has no cell for feature endpoints');
  });

  it('a cell for a vendor that does not exist', () => {
    const problems = problemsOf(
      mutate('compute:\n  alpha:', 'compute:\n  omega:\n    gpu-x: {status: unknown, note: x}\n  alpha:'),
    );
    expect(problems.map((p) => p.message)).toContain('vendor "omega" is not defined');
  });

  it('a claim with no source, and a partial without a note', () => {
    const problems = problemsOf(
      mutate('spot: {status: partial, note: Only in two regions., sources: [alpha-docs]}', 'spot: {status: partial}'),
    );
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('status "partial" cites no source');
    expect(messages).toContain('status "partial" needs a note saying why it is partial');
  });

  it('reports every problem, not just the first', () => {
    const text = mutate('asOf: 2026-01-15', 'asOf: yesterday').replace('kind: docs', 'kind: rumour');
    expect(problemsOf(text).length).toBeGreaterThanOrEqual(2);
  });

  it('a missing dataset section', () => {
    const [p] = problemsOf('vendors: []\n');
    expect(p?.message).toMatch(/no `dataset:` section/);
  });

  it('formats a problem as file:line:column field: message (hint)', () => {
    const [p] = problemsOf(mutate('spot: {status: partial,', 'spot: {status: mostly,'));
    expect(formatProblem(p!)).toMatch(/^.*data\.yaml:\d+:\d+: cells\.alpha\.spot\.status: must be one of/);
  });
});

describe('loadDataset refuses what is not a text dataset', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x64, 0x00]), /UTF-16/],
    ['invalid UTF-8', Buffer.from('dataset:\n  name: \xff\xfe bad\n', 'latin1'), /not valid UTF-8/],
    ['a document with no data', '# only a comment\n', /holds no data/],
    [
      'an alias bomb',
      `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
      /expands too far/,
    ],
  ])('%s', (_name, content, message) => {
    const [p] = problemsOf(content);
    expect(p?.message).toMatch(message);
  });

  it('a missing path', () => {
    const result = loadDataset(`${dir}/does-not-exist.yaml`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toBe('no such file or folder');
  });

  it('a folder with no dataset files', () => {
    const empty = `${dir}/empty-folder`;
    mkdirSync(empty);
    const result = loadDataset(empty);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/no dataset/);
  });
});

describe('loadDataset on files it must not read', () => {
  it('a 50 MB file is refused by its size, before it is read', () => {
    const big = `${dir}/big.yaml`;
    writeTemp(dir, 'big.yaml', '');
    truncateSync(big, 50 * 1024 * 1024);
    const result = loadDataset(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/too large \(50\.0 MiB; the limit is 32 MiB\)/);
  });

  it('an unreadable file is explained, with what to do', () => {
    const err = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(ioProblem('secret.yaml', err)).toEqual({
      severity: 'error',
      file: 'secret.yaml',
      message: 'permission denied',
      hint: 'make the file readable (chmod +r) or copy it somewhere readable',
    });
  });
});

describe('loadDataset on dated changes and former names', () => {
  const withChanges = (changes: string) =>
    mutate(
      'spot: {status: partial, note: Only in two regions., sources: [alpha-docs]}',
      `spot:\n      status: partial\n      note: Only in two regions.\n      sources: [alpha-docs]\n      changes:\n${changes}`,
    );

  it('changes out of order, at the later one', () => {
    const text = withChanges(
      '        - {on: 2026-09-30, kind: retirement, status: none, note: Retired., sources: [alpha-docs]}\n' +
        '        - {on: 2026-06-30, kind: deprecation, note: Deprecated., sources: [alpha-docs]}\n',
    );
    const p = problemsOf(text).find((x) => x.message.includes('is not after'));
    expect(p?.field).toBe('cells.alpha.spot.changes[1].on');
    expect(p?.line).toBe(text.split('\n').findIndex((l) => l.includes('on: 2026-06-30')) + 1);
    expect(formatProblem(p as Problem)).toMatch(/data\.yaml:\d+:\d+: cells\.alpha\.spot\.changes\[1\]\.on: 2026-06-30/);
  });

  it('a change with an unknown status or kind, at the value', () => {
    const text = withChanges(
      '        - {on: 2026-09-30, kind: sunset, status: gone, note: x, sources: [alpha-docs]}\n',
    );
    const fields = problemsOf(text).map((p) => p.field);
    expect(fields).toContain('cells.alpha.spot.changes[0].kind');
    expect(fields).toContain('cells.alpha.spot.changes[0].status');
  });

  it('a change with no source, or citing one that does not exist', () => {
    const none = problemsOf(withChanges('        - {on: 2026-09-30, kind: retirement, status: none, note: x}\n'));
    expect(none.map((p) => `${p.field}: ${p.message}`)).toContain(
      'cells.alpha.spot.changes[0].sources: the retirement on 2026-09-30 cites no source',
    );
    const missing = problemsOf(
      withChanges('        - {on: 2026-09-30, kind: retirement, note: x, sources: [nowhere]}\n'),
    );
    expect(missing.map((p) => p.field)).toContain('cells.alpha.spot.changes[0].sources[0]');
  });

  it('a change on a day that does not exist', () => {
    const problems = problemsOf(withChanges('        - {on: 2026-02-30, kind: ga, note: x, sources: [alpha-docs]}\n'));
    expect(problems.map((p) => p.field)).toContain('cells.alpha.spot.changes[0].on');
  });

  it('a former name with no source', () => {
    const text = mutate(
      '    aliases: [b]\n',
      '    aliases: [b]\n    formerly:\n      - {name: Old Beta, until: 2026-01-01}\n',
    );
    expect(problemsOf(text).map((p) => `${p.field}: ${p.message}`)).toContain(
      'vendors[1].formerly[0].sources: a former name cites no source',
    );
  });
});
