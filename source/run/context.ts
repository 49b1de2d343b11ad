/** Loads the dataset and resolves the vendor filter shared by every view command. */
import { loadDataset } from '../data/load.js';
import { DataError } from '../data/problems.js';
import { buildLandscape, type Landscape } from '../model/landscape.js';
import { resolveVendors } from '../model/vendors.js';
import { UsageError } from './errors.js';

export interface Context {
  land: Landscape;
  vendors: string[];
  dataPath?: string;
}

export function loadContext(dataPath: string | undefined, vendorArgs: readonly string[]): Context {
  const result = loadDataset(dataPath);
  if (!result.ok) throw new DataError(result.problems);
  const land = buildLandscape(result.loaded.dataset);
  const resolved = resolveVendors(vendorArgs, land.vendors);
  if (!resolved.ok) {
    const mean = resolved.suggestion ? ` did you mean "${resolved.suggestion}"?` : '';
    throw new UsageError(`unknown vendor "${resolved.given}";${mean}`, `known vendors: ${resolved.known.join(', ')}`);
  }
  return { land, vendors: resolved.ids, dataPath };
}
