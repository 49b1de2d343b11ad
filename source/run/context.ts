/** Loads the dataset and resolves the vendor filter shared by every view command. */
import { bundledDataPath, bundledSnapshot } from '../data/paths.js';
import { DataError } from '../data/problems.js';
import type { Dataset } from '../data/schema.js';
import { buildLandscape, type Landscape } from '../model/landscape.js';
import { resolveVendors, unknownVendorMessage } from '../model/vendors.js';
import { UsageError } from './errors.js';

export interface Context {
  land: Landscape;
  vendors: string[];
  dataPath?: string;
}

/**
 * A dataset from the validated cache when it has not changed since it was last
 * validated; otherwise parsed and validated. The parser and validator load
 * only when needed.
 */
async function load(dataPath?: string): Promise<Dataset> {
  const { findDataset } = await import('../data/cache.js');
  const found = findDataset(dataPath ?? bundledDataPath(), true);
  if (found.ok && found.cached) return found.cached.dataset;
  const result = found.ok ? (await import('../data/load.js')).validateFound(found) : found;
  if (!result.ok) throw new DataError(result.problems);
  return result.loaded.dataset;
}

/**
 * The bundled data comes from its build-time snapshot when that matches the
 * YAML, so the usual start-up neither parses YAML nor loads the validator.
 */
export async function loadContext(
  dataPath: string | undefined,
  vendorArgs: readonly string[],
  today?: string,
): Promise<Context> {
  const raw = dataPath === undefined ? (bundledSnapshot() ?? (await load())) : await load(dataPath);
  const land = buildLandscape(raw, today);
  const resolved = resolveVendors(vendorArgs, land.vendors);
  if (!resolved.ok) {
    const { message, hint } = unknownVendorMessage(resolved);
    throw new UsageError(message, hint);
  }
  return { land, vendors: resolved.ids, dataPath };
}
