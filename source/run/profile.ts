/**
 * The scorecard choices of a run: --vendor, --weights, --require,
 * --stale-after and --min-coverage, each from the command line when given,
 * else from --profile, else the default. Ids a profile names are checked
 * against the dataset and reported at their file:line:column.
 */

import type { ParsedFile } from '../data/parse.js';
import type { Problem } from '../data/problems.js';
import type { Profile } from '../data/profile.js';
import { parseDuration } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import { parseRequire } from '../model/mustHave.js';
import { DEFAULT_MIN_COVERAGE, parseMinCoverage } from '../model/ranking.js';
import { parseWeights } from '../model/score.js';
import { resolveVendors, unknownVendorMessage } from '../model/vendors.js';
import { UsageError } from './errors.js';

/** The profile cannot be used: every problem, located. Exits 2 (a usage error). */
export class ProfileError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'ProfileError';
  }
}

export interface ScoreArgs {
  /** Empty when not given. */
  vendor: string[];
  weights: string[];
  require: string[];
  staleAfter?: string;
  minCoverage?: string;
  profile?: string;
}

export interface Choices {
  /** Vendor ids, or undefined to keep the command line's (or every vendor). */
  vendors: string[] | undefined;
  weights: Record<string, number>;
  require: string[];
  /** 0..1 */
  minCoverage: number;
  staleAfter: string;
}

export const DEFAULT_STALE_AFTER = '12m';

export async function loadProfile(path: string): Promise<{ profile: Profile; file: ParsedFile; data: ProfileData }> {
  // The profile reader brings the schema library and the YAML parser: loaded only when a profile is given.
  const data = await import('../data/profile.js');
  const read = data.readProfile(path);
  if (!read.ok) throw new ProfileError(read.problems);
  return { ...read, data };
}

type ProfileData = typeof import('../data/profile.js');

/** Checks a profile's ids against the dataset; every problem at once. */
function fromProfile(land: Landscape, { profile, file, data }: Awaited<ReturnType<typeof loadProfile>>) {
  const { listOf, profileProblem } = data;
  const problems: Problem[] = [];
  const vendors: string[] = [];
  for (const v of listOf(profile.vendors, 'vendors')) {
    const r = resolveVendors([v.text], land.vendors);
    if (r.ok) vendors.push(...r.ids.filter((id) => !vendors.includes(id)));
    else {
      const { message, hint } = unknownVendorMessage(r);
      problems.push(profileProblem(file, v.path, message, hint));
    }
  }
  const weights: Record<string, number> = {};
  for (const [key, value] of Object.entries(profile.weights ?? {})) {
    const r = parseWeights([`${key}=${value}`], land.categories);
    if (r.ok) Object.assign(weights, r.weights);
    else problems.push(profileProblem(file, ['weights', key], r.message.replace(/^--weights: /, ''), undefined, true));
  }
  const require: string[] = [];
  for (const x of listOf(profile.require, 'require')) {
    const r = parseRequire([x.text], land);
    if (r.ok) require.push(...r.ids.filter((id) => !require.includes(id)));
    else problems.push(profileProblem(file, x.path, r.message.replace(/^--require: /, '')));
  }
  if (profile.staleAfter !== undefined && !parseDuration(profile.staleAfter)) {
    problems.push(
      profileProblem(file, ['staleAfter'], `wants an age like 90d, 6w, 6m or 1y; got "${profile.staleAfter}"`),
    );
  }
  if (problems.length > 0) throw new ProfileError(problems);
  return { vendors, weights, require };
}

/** The choices of this run: a flag given wins over the profile, which wins over the default. */
export async function choose(land: Landscape, args: ScoreArgs): Promise<Choices> {
  const loaded = args.profile ? await loadProfile(args.profile) : undefined;
  const p = loaded ? fromProfile(land, loaded) : undefined;

  const given = args.weights.length > 0;
  const parsed = parseWeights(args.weights, land.categories);
  if (!parsed.ok) throw new UsageError(parsed.message, 'e.g. --weights distributed-training=3,governance=2');

  const required = parseRequire(args.require, land);
  if (!required.ok) throw new UsageError(required.message, 'feature ids are in --view features --format json');

  let minCoverage = DEFAULT_MIN_COVERAGE;
  if (args.minCoverage !== undefined) {
    const m = parseMinCoverage(String(args.minCoverage));
    if (m === undefined) {
      throw new UsageError(`--min-coverage wants a percentage from 0 to 100; got "${args.minCoverage}"`);
    }
    minCoverage = m;
  } else if (loaded?.profile.minCoverage !== undefined) minCoverage = loaded.profile.minCoverage / 100;

  return {
    vendors: args.vendor.length === 0 && p && p.vendors.length > 0 ? p.vendors : undefined,
    weights: given ? parsed.weights : (p?.weights ?? {}),
    require: args.require.length > 0 ? required.ids : (p?.require ?? []),
    minCoverage,
    staleAfter: args.staleAfter ?? loaded?.profile.staleAfter ?? DEFAULT_STALE_AFTER,
  };
}
