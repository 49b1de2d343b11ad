/**
 * A decision profile: the vendors, weights, must-haves, stale threshold and
 * minimum coverage of a scorecard, saved in a YAML file so a decision can be
 * re-run. Read and checked against its schema here, with every problem at its
 * file:line:column like the dataset's; the ids it names are checked against
 * the dataset by the caller (run/profile.ts), located with `where`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { schemaProblems } from './load.js';
import { type ParsedFile, parseFile } from './parse.js';
import type { Problem } from './problems.js';
import { decode, display, ioProblem } from './read.js';

/** A list, or one comma-separated string. */
const ids = z.union([z.array(z.string().min(1)), z.string().min(1)]);

export const profileSchema = z
  .object({
    vendors: ids.optional(),
    weights: z.record(z.string(), z.number().min(0)).optional(),
    require: ids.optional(),
    staleAfter: z.string().min(1).optional(),
    /** Percent, 0..100. */
    minCoverage: z.number().min(0).max(100).optional(),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;

/** Small enough that reading it whole is fine; a profile is a handful of lines. */
const MAX_PROFILE_BYTES = 1024 * 1024;

export type ReadProfile = { ok: true; profile: Profile; file: ParsedFile } | { ok: false; problems: Problem[] };

export function readProfile(target: string): ReadProfile {
  const name = display(target);
  let bytes: Buffer;
  try {
    bytes = readFileSync(target);
  } catch (err) {
    return { ok: false, problems: [{ ...ioProblem(name, err), badPath: true }] };
  }
  if (bytes.length > MAX_PROFILE_BYTES) {
    return { ok: false, problems: [{ severity: 'error', file: name, message: 'the profile is over 1 MiB' }] };
  }
  const text = decode(name, bytes);
  if (typeof text !== 'string') return { ok: false, problems: [text] };
  const parsed = parseFile({ name, text });
  if (!parsed.ok) return parsed;
  const result = profileSchema.safeParse(parsed.parsed.value, { reportInput: true });
  if (!result.success) {
    const fields = 'a profile holds vendors, weights, require, staleAfter and minCoverage (docs/usage.md)';
    const problems = schemaProblems(parsed.parsed, result.error).map((p) =>
      p.message.startsWith('unknown field') ? { ...p, hint: fields } : p,
    );
    return { ok: false, problems };
  }
  return { ok: true, profile: result.data, file: parsed.parsed };
}

/** A problem at a field of the profile. */
export function profileProblem(
  file: ParsedFile,
  path: (string | number)[],
  message: string,
  hint?: string,
  atKey = false,
): Problem {
  const { line, column } = file.where(path, atKey);
  const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
  return { severity: 'error', file: file.name, line, column, field, message, ...(hint ? { hint } : {}) };
}

/** A string or list field as a list of trimmed, non-empty parts, each with the path it came from. */
export function listOf(
  value: string | string[] | undefined,
  key: string,
): { text: string; path: (string | number)[] }[] {
  if (value === undefined) return [];
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ text, path: [key] }));
  }
  return value.map((t, i) => ({ text: t.trim(), path: [key, i] })).filter((x) => x.text !== '');
}
