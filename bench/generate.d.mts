/** Types for generate.mjs: a synthetic, schema-valid dataset, deterministic from a seed. */
export interface GenerateOptions {
  vendors?: number;
  features?: number;
  seed?: number;
  categories?: number;
  accelerators?: number;
  sources?: number;
}
export function generate(options?: GenerateOptions): Record<string, unknown>;
