/**
 * The dataset schema: one zod definition that validates loaded files and
 * generates data/schema.json for editors. A folder dataset is a set of
 * fragments, each matching `fragmentSchema`; merged, they form a `Dataset`.
 */
import { z } from 'zod';

import { CHANGE_KINDS, DEAL_KINDS, DEAL_STATUSES, SOURCE_KINDS, STATUSES } from './vocabulary.js';

export { CHANGE_KINDS, DEAL_KINDS, DEAL_STATUSES, SOURCE_KINDS, STATUSES, type Status } from './vocabulary.js';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be lower-case kebab-case, like "managed-mlflow"')
  .max(80, 'must be at most 80 characters');

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** A date only as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z.preprocess(
  // A bare year (`date: 2025`) reads as a number in YAML; accept it as the year it means.
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year; Date.UTC would read 0–99 as 1900–1999). */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  if (y === undefined || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const text = z.string().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters');
const sourceRefs = z.array(id).default([]);

/**
 * A dated change to a claim: from `on`, the claim's status is `status`
 * (unchanged when omitted, as for a deprecation that keeps a feature working).
 */
export const changeSchema = z
  .object({
    on: isoDate,
    kind: z.enum(CHANGE_KINDS),
    status: z.enum(STATUSES).optional(),
    note: text,
    sources: sourceRefs,
  })
  .strict();

export const cellSchema = z
  .object({
    status: z.enum(STATUSES),
    note: text.optional(),
    sources: sourceRefs,
    asOf: isoDate.optional(),
    /** Dated lifecycle changes, oldest first; the status in effect on a day is the last one on or before it. */
    changes: z.array(changeSchema).optional(),
  })
  .strict();

/** A name the vendor's platform carried until `until`; it stays a search term and an alias. */
export const formerNameSchema = z
  .object({
    name: text,
    until: isoDate,
    note: text.optional(),
    sources: sourceRefs,
  })
  .strict();

const money = z
  .object({
    amount: z.number().nonnegative().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD')
      .default('USD'),
    text: text,
    comparator: z.enum(['~', '>', '<', '=']).optional(),
  })
  .strict();

export const vendorSchema = z
  .object({
    id,
    name: text,
    parent: text,
    aliases: z.array(z.string().min(1).max(80, 'must be at most 80 characters')).default([]),
    platform: text.optional(),
    trainingProducts: z.array(text).default([]),
    pricingUnit: text.optional(),
    openSource: z.array(text).default([]),
    dataTieIn: text.optional(),
    homepage: z.url().optional(),
    sources: sourceRefs,
    /** Earlier names of the platform, oldest first. */
    formerly: z.array(formerNameSchema).optional(),
  })
  .strict();

export const categorySchema = z.object({ id, name: text, description: text.optional() }).strict();

export const featureSchema = z.object({ id, category: id, name: text, description: text.optional() }).strict();

export const acceleratorSchema = z.object({ id, name: text, maker: text, family: text.optional() }).strict();

export const sourceSchema = z
  .object({
    id,
    title: text,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    publisher: text,
    kind: z.enum(SOURCE_KINDS).default('docs'),
    accessed: isoDate,
    published: partialDate.optional(),
    /** Why this source is not the canonical English vendor page, when it cannot be. */
    note: text.optional(),
  })
  .strict();

export const dealSchema = z
  .object({
    id,
    date: partialDate,
    kind: z.enum(DEAL_KINDS),
    buyer: text.optional(),
    target: text,
    value: money.optional(),
    valuation: money.optional(),
    status: z.enum(DEAL_STATUSES),
    /** Vendor ids the deal concerns; untagged deals are industry context shown with every vendor. */
    vendors: z.array(id).default([]),
    note: text.optional(),
    sources: sourceRefs,
  })
  .strict();

export const marketSchema = z
  .object({
    id,
    metric: text,
    year: z.number().int().min(1990).max(2100),
    kind: z.enum(['actual', 'estimate', 'projection']),
    value: money,
    attribution: text,
    note: text.optional(),
    sources: sourceRefs,
  })
  .strict();

export const trendSchema = z.object({ id, text, sources: sourceRefs }).strict();

const cellsByVendor = z.record(id, z.record(id, cellSchema));

/** What one file of a dataset may hold. A single-file dataset holds all of it. */
export const fragmentSchema = z
  .object({
    dataset: z
      .object({
        name: text,
        version: text.optional(),
        asOf: isoDate,
        description: text.optional(),
        /** Display order of vendors; vendors not listed follow in the order they are loaded. */
        vendorOrder: z.array(id).optional(),
      })
      .strict()
      .optional(),
    vendors: z.array(vendorSchema).optional(),
    categories: z.array(categorySchema).optional(),
    features: z.array(featureSchema).optional(),
    cells: cellsByVendor.optional(),
    accelerators: z.array(acceleratorSchema).optional(),
    compute: cellsByVendor.optional(),
    deals: z.array(dealSchema).optional(),
    market: z.array(marketSchema).optional(),
    trends: z.array(trendSchema).optional(),
    sources: z.array(sourceSchema).optional(),
  })
  .strict();

export type Fragment = z.infer<typeof fragmentSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Change = z.infer<typeof changeSchema>;
export type FormerName = z.infer<typeof formerNameSchema>;
export type Vendor = z.infer<typeof vendorSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Feature = z.infer<typeof featureSchema>;
export type Accelerator = z.infer<typeof acceleratorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Deal = z.infer<typeof dealSchema>;
export type MarketFigure = z.infer<typeof marketSchema>;
export type Trend = z.infer<typeof trendSchema>;
export type Money = z.infer<typeof money>;

/** The merged, validated dataset. */
export interface Dataset {
  name: string;
  vendorOrder?: string[];
  version?: string;
  asOf: string;
  vendors: Vendor[];
  categories: Category[];
  features: Feature[];
  cells: Record<string, Record<string, Cell>>;
  accelerators: Accelerator[];
  compute: Record<string, Record<string, Cell>>;
  deals: Deal[];
  market: MarketFigure[];
  trends: Trend[];
  sources: Source[];
}
