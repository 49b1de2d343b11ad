// Prints the node that npm scripts run on, and fails when it is older than the 22 the
// bundle, Ink 8 and Vitest 5 need: the pinned node is missing if its install script was skipped.
const [major] = process.versions.node.split('.').map(Number);
process.stdout.write(`node ${process.version} (${process.execPath})\n`);
if (major < 22) {
  process.stderr.write(
    'Node 22 or newer is needed; run `npm ci` with install scripts allowed (docs/decisions/0007-runtime.md).\n',
  );
  process.exit(1);
}
