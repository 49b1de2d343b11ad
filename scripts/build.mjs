// Bundles the CLI for production: one minified ESM entry plus lazily loaded chunks.
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { entry: 'source/entry.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  jsx: 'automatic',
  define: {
    'process.env.NODE_ENV': '"production"',
    TRAINSCAPE_VERSION: JSON.stringify(pkg.version),
  },
  // Ink loads react-devtools-core only when DEV is set; it is not shipped.
  external: ['react-devtools-core'],
  banner: {
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    js: "import { createRequire as __trainscapeRequire } from 'node:module'; const require = __trainscapeRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// A validated snapshot of the bundled dataset, so start-up skips YAML parsing and validation.
const snapshotBuilder = fileURLToPath(new URL('../dist/.write-snapshot.mjs', import.meta.url));
await build({
  entryPoints: ['source/data/writeSnapshot.ts'],
  outfile: snapshotBuilder,
  bundle: true,
  format: 'esm',
  platform: 'node',
  banner: {
    js: "import { createRequire as __trainscapeRequire } from 'node:module'; const require = __trainscapeRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
try {
  const { writeSnapshot } = await import(pathToFileURL(snapshotBuilder).href);
  writeSnapshot(
    fileURLToPath(new URL('../data/landscape', import.meta.url)),
    fileURLToPath(new URL('../dist/landscape.snapshot.json', import.meta.url)),
  );
} finally {
  rmSync(snapshotBuilder, { force: true });
}
