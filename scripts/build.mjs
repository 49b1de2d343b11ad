// Bundles the CLI for production: one minified ESM entry plus lazily loaded chunks.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * Names what the loader produces: the loader's source and the validator's version. The
 * validated-data cache (source/data/cache.ts) keys its entries by it, so a build whose
 * loader differs never reads an entry another build wrote, even at the same version.
 */
function loaderBuild() {
  const hash = createHash('sha256');
  const dir = new URL('../source/data/', import.meta.url);
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\0`).update(readFileSync(new URL(name, dir)));
  hash.update(readFileSync(new URL('../node_modules/zod/package.json', import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Ink (6 and 8 alike) throws away its per-frame caches after every frame, so a frame where two
 * lines changed still re-tokenises and re-measures all of them, and it caches wrapped and
 * measured texts by entry count (4,096 texts of any length). These patches make Ink use the
 * caches of source/ui/inkCaches.ts, kept across frames and bounded by bytes. Each patch must
 * match Ink's source exactly, or the build stops: docs/decisions/0006-ink-frame-caches.md.
 */
const inkCaches = JSON.stringify(fileURLToPath(new URL('../source/ui/inkCaches.ts', import.meta.url)));
const INK_PATCHES = {
  'output.js': [
    [
      "import stringWidth from 'string-width';",
      `import * as inkCaches from ${inkCaches};\nimport stringWidth from 'string-width';`,
    ],
    [
      'class OutputCaches {\n    widths = new Map();\n    blockWidths = new Map();\n    styledChars = new Map();',
      'class OutputCaches {\n    widths = inkCaches.widths;\n    blockWidths = inkCaches.blockWidths;\n    styledChars = inkCaches.styledChars;',
    ],
  ],
  // After a suspend (Ctrl-Z, then fg) the terminal shows the shell, not the last frame, but Ink
  // draws only what changed. A 'resize' event with `true` (source/ui/runDashboard.tsx) makes it
  // forget the last frame and draw the whole screen, as it already does when the width shrinks.
  'ink.js': [
    [
      '    resized = () => {\n        const { columns: currentWidth, rows: currentHeight } = getWindowSize(this.options.stdout);',
      '    resized = (repaint) => {\n        const { columns: currentWidth, rows: currentHeight } = getWindowSize(this.options.stdout);',
    ],
    [
      '        if (currentWidth < this.lastTerminalWidth ||\n',
      '        if (repaint === true || currentWidth < this.lastTerminalWidth ||\n',
    ],
  ],
  'squash-text-nodes.js': [
    [
      "import sanitizeAnsi from './sanitize-ansi.js';",
      `import sanitizeAnsiUncached from './sanitize-ansi.js';\nimport { cachedSanitize } from ${inkCaches};\nconst sanitizeAnsi = cachedSanitize(sanitizeAnsiUncached);`,
    ],
  ],
  'render-node-to-output.js': [
    [
      "import widestLine from 'widest-line';",
      `import widestLineUncached from 'widest-line';\nimport { cachedWidestLine } from ${inkCaches};\nconst widestLine = cachedWidestLine(widestLineUncached);`,
    ],
  ],
};

/**
 * yoga-layout's Emscripten loader fetches its inlined WebAssembly through `fetch`
 * on a data: URL when `fetch` exists, which loads Node's whole HTTP client first
 * (about 27 ms of start-up). Its own fallback decodes the same bytes directly.
 */
const YOGA_PATCHES = [['typeof fetch', 'typeof __yogaWithoutFetch', 2]];

const inkFrameCaches = {
  name: 'ink-frame-caches',
  setup(b) {
    // Every importer of string-width, Ink and its helpers included, gets source/text/width.ts:
    // the same widths, with the segmenter and emoji regex loaded only for text that needs them.
    b.onResolve({ filter: /^string-width$/ }, () => ({
      path: fileURLToPath(new URL('../source/text/width.ts', import.meta.url)),
    }));
    // Ink's text wrapping and measuring cache by entry count through quick-lru; they get the
    // same get/set bounded by bytes (source/ui/inkLru.ts).
    b.onResolve({ filter: /^quick-lru$/ }, (args) =>
      /[\\/]node_modules[\\/]ink[\\/]/.test(args.importer)
        ? { path: fileURLToPath(new URL('../source/ui/inkLru.ts', import.meta.url)) }
        : undefined,
    );
    // Ink draws only its last frame when CI is set. trainscape opens the dashboard only
    // when stdin and stdout are terminals (otherwise it prints), so a terminal with CI set
    // in its environment must still get every frame.
    b.onLoad({ filter: /[\\/]node_modules[\\/]is-in-ci[\\/]index\.js$/ }, () => ({
      contents: 'export default false;',
      loader: 'js',
    }));
    b.onLoad(
      { filter: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ },
      (args) => {
        let text = readFileSync(args.path, 'utf8');
        for (const [from, to, count] of YOGA_PATCHES) {
          const found = text.split(from).length - 1;
          if (found !== count)
            throw new Error(`yoga-without-fetch: expected ${count} × ${JSON.stringify(from)}, found ${found}`);
          text = text.replaceAll(from, to);
        }
        return { contents: text, loader: 'js' };
      },
    );
    b.onLoad(
      { filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/](ink|output|render-node-to-output|squash-text-nodes)\.js$/ },
      (args) => {
        const file = args.path
          .split(/[\\/]build[\\/]/)
          .pop()
          .replaceAll('\\', '/');
        let text = readFileSync(args.path, 'utf8');
        for (const [from, to] of INK_PATCHES[file]) {
          if (!text.includes(from))
            throw new Error(`ink-frame-caches: ${file} no longer contains ${JSON.stringify(from)}`);
          text = text.replace(from, to);
        }
        return { contents: text, loader: 'js' };
      },
    );
  },
};

await build({
  entryPoints: { entry: 'source/entry.ts' },
  plugins: [inkFrameCaches],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  jsx: 'automatic',
  define: {
    'process.env.NODE_ENV': '"production"',
    TRAINSCAPE_VERSION: JSON.stringify(pkg.version),
    TRAINSCAPE_BUILD: JSON.stringify(loaderBuild()),
  },
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ES modules bundle.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
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
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
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
