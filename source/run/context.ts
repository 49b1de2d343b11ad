/** Loads the dataset and resolves the vendor filter shared by every view command. */
import { loadDataset } from '../data/load.js';
import { bundledSnapshot } from '../data/paths.js';
import { DataError } from '../data/problems.js';
import type { Dataset } from '../data/schema.js';
import { buildLandscape, type Landscape } from '../model/landscape.js';
import { resolveVendors } from '../model/vendors.js';
import { UsageError } from './errors.js';

export interface Context {
  land: Landscape;
  vendors: string[];
  dataPath?: string;
}

function load(dataPath?: string): Dataset {
  const result = loadDataset(dataPath);
  if (!result.ok) throw new DataError(result.problems);
  return result.loaded.dataset;
}

const loadBundled = () => load();

export function loadContext(dataPath: string | undefined, vendorArgs: readonly string[]): Context {
  const land = buildLandscape(dataPath === undefined ? (bundledSnapshot() ?? loadBundled()) : load(dataPath));
  const resolved = resolveVendors(vendorArgs, land.vendors);
  if (!resolved.ok) {
    const mean = resolved.suggestion ? ` did you mean "${resolved.suggestion}"?` : '';
    throw new UsageError(`unknown vendor "${resolved.given}";${mean}`, `known vendors: ${resolved.known.join(', ')}`);
  }
  return { land, vendors: resolved.ids, dataPath };
}
