/**
 * The dataset's fixed words, kept apart from the zod schema so views and the
 * start-up path can use them without loading the validator.
 */
export const STATUSES = ['ga', 'preview', 'partial', 'none', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];
/** A status's position in STATUSES: statuses stored as one number each. */
export const STATUS_CODE = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;

export const SOURCE_KINDS = ['docs', 'blog', 'press-release', 'news', 'analyst', 'filing', 'article'] as const;
/** What a dated change to a claim is. */
export const CHANGE_KINDS = ['preview', 'ga', 'deprecation', 'retirement', 'rename', 'change'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const DEAL_KINDS = ['acquisition', 'funding', 'investment', 'partnership'] as const;
export const DEAL_STATUSES = ['announced', 'completed', 'unconfirmed', 'terminated'] as const;
