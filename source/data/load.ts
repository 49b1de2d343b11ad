/**
 * Loads a dataset from a file or folder: read, parse, validate each fragment
 * against the schema, merge, cross-check. Never writes to the data.
 */
import type { z } from 'zod';
import { type Found, findDataset, type Loaded } from './cache.js';
import { crossCheck } from './check.js';
import { dotted, merge } from './merge.js';
import { NestedTooDeeply, type ParsedFile, parseFile } from './parse.js';
import { bundledDataPath } from './paths.js';
import { DataError, type Problem } from './problems.js';
import { decodeText, type ReadFile } from './read.js';
import { type Fragment, fragmentSchema } from './schema.js';

export type { Loaded } from './cache.js';
export { bundledDataPath } from './paths.js';

export function schemaProblems(file: ParsedFile, error: z.ZodError): Problem[] {
  return error.issues.slice(0, 50).flatMap((issue) => {
    const base = issue.path as (string | number)[];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const p = key === undefined ? base : [...base, key];
      const { line, column } = file.where(p, key !== undefined);
      return {
        severity: 'error' as const,
        file: file.name,
        line,
        column,
        field: dotted(p) || '(top level)',
        message: issueMessage(issue, key),
        hint: issueHint(issue),
      };
    });
  });
}

function issueMessage(issue: z.core.$ZodIssue, key: string | undefined): string {
  if (issue.code === 'unrecognized_keys') return `unknown field "${key}"`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type') {
    return issue.input === undefined
      ? `is required (${issue.expected})`
      : `must be ${article(issue.expected)}, not ${describe(issue.input)}`;
  }
  return issue.message;
}

function issueHint(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'unrecognized_keys') return 'check the spelling; docs/data.md lists every field';
  return undefined;
}

function article(t: string): string {
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

/**
 * Runs a parsing step, turning anything it throws (a stack overflow on absurdly
 * deep nesting, say) into a problem naming the file instead of a crash.
 */
function safely<T>(file: string, step: () => T): T | { ok: false; problems: Problem[] } {
  try {
    return step();
  } catch (err) {
    if (err instanceof NestedTooDeeply) return { ok: false, problems: [err.problem] };
    const reason = err instanceof RangeError ? 'it is nested too deeply' : (err as Error)?.message || String(err);
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          file,
          message: `the file cannot be read as a dataset: ${reason}`,
          hint: 'check its structure against docs/data.md',
        },
      ],
    };
  }
}

export interface LoadOptions {
  /**
   * Use the validated cache in the user cache directory (cache.ts), and fill
   * it after validating. `validate` never does: it always validates in full.
   */
  cache?: boolean;
}

export type LoadResult = { ok: true; loaded: Loaded } | { ok: false; problems: Problem[] };

/** Loads and validates; returns every problem rather than stopping at the first. */
export function loadDataset(target: string = bundledDataPath(), opts: LoadOptions = {}): LoadResult {
  const found = findDataset(target, opts.cache === true);
  if (!found.ok) return found;
  return found.cached ? { ok: true, loaded: found.cached } : validateFound(found);
}

/** Validates files `findDataset` read and did not find in the cache; stores a valid dataset there. */
export function validateFound(found: Extract<Found, { ok: true }>): LoadResult {
  const result = validate(found.files);
  if (result.ok) found.store?.(result.loaded);
  return result;
}

function validate(files: readonly ReadFile[]): LoadResult {
  const problems: Problem[] = [];
  const parts: { file: ParsedFile; fragment: Fragment }[] = [];
  for (const raw of files) {
    const parsed = safely(raw.name, () => parseFile({ name: raw.name, text: decodeText(raw.bytes) }));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const value = parsed.parsed.value;
    const result = safely(raw.name, () => fragmentSchema.safeParse(value, { reportInput: true }));
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    if (!result.success) {
      const located = safely(raw.name, () => ({ found: schemaProblems(parsed.parsed, result.error) }));
      problems.push(...('found' in located ? located.found : located.problems));
      continue;
    }
    parts.push({ file: parsed.parsed, fragment: result.data });
  }
  if (problems.length > 0) return { ok: false, problems };

  const merged = merge(parts);
  const all = [...merged.problems, ...crossCheck(merged.dataset, merged.origins)];
  const errors = all.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: all };
  return {
    ok: true,
    loaded: {
      dataset: merged.dataset,
      files: files.map((f) => f.name),
      warnings: all.filter((p) => p.severity === 'warning'),
    },
  };
}

/** Like loadDataset, but throws a DataError; for callers that only want the data. */
export function loadOrThrow(target?: string): Loaded {
  const result = loadDataset(target);
  if (!result.ok) throw new DataError(result.problems);
  return result.loaded;
}
