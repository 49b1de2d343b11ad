// Writes data/schema.json from the zod schema, or with --check fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  entryPoints: ['source/data/jsonSchema.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const text = `${JSON.stringify(mod.datasetJsonSchema(), null, 2)}\n`;
const target = new URL('../data/schema.json', import.meta.url);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('data/schema.json is stale: run `npm run schema` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
