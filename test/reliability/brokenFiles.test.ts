/**
 * Broken datasets as a user meets them, through the built bin: each gives a
 * short error naming the file (with line:column where there is one) and what
 * to do, exit 3 (2 for a path that names nothing), no stack trace, within a
 * 128 MiB heap cap, and nothing on stdout. How long they take is the bench's to
 * say, never a test's: a loaded machine would fail a time limit.
 */

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallText, tempDir, writeTemp } from '../helpers/tmp.js';
import { HEAP_MIB, runMeasured } from './measure.js';

const dir = tempDir();
chmodSync(dir, 0o755);

const bomb = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  '',
].join('\n');

function bigSparse(): string {
  const file = path.join(dir, 'huge.yaml');
  writeFileSync(file, '');
  execFileSync('truncate', ['-s', '50M', file]);
  return file;
}

interface Case {
  name: string;
  /** The path given to trainscape. */
  target: () => string;
  code: 2 | 3;
  /** What stderr must say (the file name is always checked). */
  says: RegExp;
  /** Whether the problem has a line:column. */
  located?: boolean;
  /** Run as the unprivileged user `nobody` (root reads any file). */
  asUser?: boolean;
}

const CASES: Case[] = [
  {
    name: 'a missing path',
    target: () => path.join(dir, 'nope.yaml'),
    code: 2,
    says: /no such file or folder \(check the path/,
  },
  {
    name: 'a path that is neither file nor folder (/dev/null)',
    target: () => '/dev/null',
    code: 2,
    says: /is not a regular file or folder \(name a \.yaml file/,
  },
  {
    name: 'a folder with no dataset',
    target: () => {
      const d = path.join(dir, 'empty-folder');
      mkdirSync(d, { recursive: true });
      writeFileSync(path.join(d, 'notes.txt'), 'not a dataset');
      return d;
    },
    code: 3,
    says: /the folder holds no dataset \(\.yaml\) files \(point --data at/,
  },
  { name: 'an empty file', target: () => writeTemp(dir, 'empty.yaml', ''), code: 3, says: /the file is empty \(/ },
  {
    name: 'a binary file',
    target: () =>
      writeTemp(dir, 'binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    code: 3,
    says: /the file is binary \(a NUL byte at offset 8\) \(give a YAML or JSON text file\)/,
  },
  {
    name: 'invalid UTF-8',
    target: () =>
      writeTemp(dir, 'latin1.yaml', Buffer.concat([Buffer.from(smallText().slice(0, 40)), Buffer.from([0xe9, 0x0a])])),
    code: 3,
    says: /not valid UTF-8 \(save it as UTF-8\)/,
    located: true,
  },
  {
    name: 'a UTF-16 file',
    target: () =>
      writeTemp(dir, 'utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(smallText(), 'utf16le')])),
    code: 3,
    says: /the file is UTF-16 encoded \(save it as UTF-8\)/,
  },
  {
    name: 'a 50 MB file (sparse)',
    target: bigSparse,
    code: 3,
    says: /the file is too large \(50\.0 MiB; the limit is 32 MiB\) \(check/,
  },
  {
    name: 'more YAML than the parser is allowed (3 MiB of comments)',
    target: () => writeTemp(dir, 'three-mib.yaml', '# c\n'.repeat((3 * 1024 * 1024) / 4)),
    code: 3,
    says: /too much YAML \(3\.0 MiB in all; the limit is 2 MiB of YAML per dataset\) \(/,
  },
  {
    name: 'a 5 MB JSON file with a syntax error (never handed to the YAML parser)',
    target: () =>
      writeTemp(dir, 'broken.json', `{"dataset": {"name": "x"},\n${' '.repeat(5 * 1024 * 1024)}\n "oops" }`),
    code: 3,
    says: /JSON syntax error: Expected ':' after property name \(fix the JSON syntax\)/,
    located: true,
  },
  {
    name: 'a YAML alias bomb',
    target: () => writeTemp(dir, 'bomb.yaml', bomb),
    code: 3,
    says: /expands too far .*\(remove the repeated aliases/,
  },
  {
    name: 'duplicate keys',
    target: () =>
      writeTemp(
        dir,
        'dup.yaml',
        smallText().replace('  name: test landscape', '  name: test landscape\n  name: again'),
      ),
    code: 3,
    says: /duplicate key "name"; it first appears at line \d+, column 3 \(each key may appear once/,
    located: true,
  },
  {
    name: 'a mapping of 20,000 duplicate-free unknown keys (linear, not quadratic)',
    target: () => writeTemp(dir, 'keys.yaml', Array.from({ length: 20_000 }, (_, i) => `k${i}: [a, b]\n`).join('')),
    code: 3,
    says: /unknown/,
    located: true,
  },
  {
    name: 'wrong types',
    target: () => writeTemp(dir, 'types.yaml', smallText().replace('aliases: [b]', 'aliases: 7')),
    code: 3,
    says: /vendors\[1\]\.aliases: must be an array, not number 7/,
    located: true,
  },
  {
    name: 'dangling references',
    target: () => writeTemp(dir, 'dangling.yaml', smallText().replace('sources: [alpha-docs]}', 'sources: [nowhere]}')),
    code: 3,
    says: /cites source "nowhere", which is not defined \(add it under `sources:`/,
    located: true,
  },
  {
    name: 'an unreadable file (as nobody: root reads anything)',
    target: () => {
      const f = writeTemp(dir, 'secret.yaml', smallText());
      chmodSync(f, 0o000);
      return f;
    },
    code: 3,
    says: /permission denied \(make the file readable/,
    asUser: true,
  },
];

describe.concurrent('a broken dataset at the command line', () => {
  for (const c of CASES) {
    for (const form of ['validate', '--data'] as const) {
      it(`${c.name}: ${form}`, async () => {
        const target = c.target();
        const args = form === 'validate' ? ['validate', target] : ['--data', target, '--format', 'json'];
        const r = await runMeasured(args, { asUser: c.asUser });
        expect(r.stdout).toBe('');
        expect(r.code, r.stderr.slice(0, 500)).toBe(c.code);
        const shown = target.startsWith('/dev/') ? target : path.basename(target);
        const first = r.stderr.split('\n')[0] ?? '';
        expect(first).toContain(shown);
        expect(first).toMatch(c.says);
        if (c.located) expect(first).toMatch(new RegExp(`${shown.replace(/\./g, '\\.')}:\\d+:\\d+:`));
        else expect(first).not.toMatch(/:\d+:\d+:/);
        // Short: a line per problem (at most 20 for a syntax error, or one per unknown key
        // for the 20,000-key case) and a summary; never a stack trace.
        expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
        const lines = r.stderr.trim().split('\n').length;
        if (!c.name.includes('20,000')) expect(lines).toBeLessThanOrEqual(3);
        // A view command shows ten problems, then "… and N more" and the summary.
        else if (form === '--data') expect(lines).toBe(12);
        if (c.code === 2) expect(r.stderr).not.toMatch(/not valid/);
        expect(r.peakMiB).toBeLessThan(HEAP_MIB + 160);
      });
    }
  }
});
