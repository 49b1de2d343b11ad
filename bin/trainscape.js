#!/usr/bin/env node
// The bundle needs Node 22 or newer; an older node says so in one line instead of a stack trace.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`trainscape needs Node.js 22 or newer; this is Node.js ${process.versions.node}.\n`);
  process.exit(1);
}
// SIGUSR1 would start Node's inspector and print its banner into the dashboard; taking it turns that off.
process.on('SIGUSR1', () => {});
// V8 keeps the bundle's compiled code between runs (NODE_DISABLE_COMPILE_CACHE=1 turns it off).
import('node:module').then((module) => module.enableCompileCache?.()).then(() => import('../dist/entry.js'));
