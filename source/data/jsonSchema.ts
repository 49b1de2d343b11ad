/** The JSON Schema editors use for dataset files, generated from the zod schema. */
import { z } from 'zod';
import { fragmentSchema } from './schema.js';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(fragmentSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'trainscape dataset file',
    description: 'One file of a trainscape dataset. A folder dataset merges every .yaml file in it; see docs/data.md.',
  };
}
