/** `trainscape diff OLD NEW`: what changed between two datasets, in any format. Exit 0 identical, 1 differ. */
import { loadDataset } from '../data/load.js';
import { DataError, type Problem } from '../data/problems.js';
import { diffLandscapes, filterDiff } from '../model/diff.js';
import { buildLandscape, type Landscape } from '../model/landscape.js';
import { resolveVendors, unknownVendorMessage } from '../model/vendors.js';
import { type Format, type RenderOptions, render } from '../print/index.js';
import { diffPrintable } from './diffView.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';

export interface DiffArgs {
  old: string;
  new: string;
  vendor: string[];
  format?: Format;
}

export function runDiff(args: DiffArgs, io: Io, opts: RenderOptions): number {
  const problems: Problem[] = [];
  const load = (p: string): Landscape | undefined => {
    const r = loadDataset(p);
    if (!r.ok) {
      problems.push(...r.problems);
      return undefined;
    }
    return buildLandscape(r.loaded.dataset);
  };
  const a = load(args.old);
  const b = load(args.new);
  if (!a || !b) throw new DataError(problems);

  let diff = diffLandscapes(a, b);
  if (args.vendor.length > 0) {
    const known = [...b.vendors, ...a.vendors.filter((v) => !b.vendorById.has(v.id))];
    const resolved = resolveVendors(args.vendor, known);
    if (!resolved.ok) {
      const { message, hint } = unknownVendorMessage(resolved);
      throw new UsageError(message, hint);
    }
    diff = filterDiff(diff, resolved.ids);
  }
  const side = (path: string, land: Landscape) => ({ path, name: land.dataset.name, asOf: land.asOf });
  const printable = diffPrintable(diff, side(args.old, a), side(args.new, b), opts.ascii);
  io.stdout.write(render(printable, args.format ?? 'table', opts));
  return diff.identical ? EXIT.ok : EXIT.differ;
}
