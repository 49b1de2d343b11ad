/** Status columns, one per shown vendor. */
import type { Landscape } from '../model/landscape.js';
import type { TableColumn } from './types.js';

export function vendorColumns(land: Landscape, vendors: readonly string[]): TableColumn[] {
  return vendors.map((id) => ({
    id,
    title: land.vendorById.get(id)?.name ?? id,
    status: true,
    vendor: id,
    minWidth: 9,
    maxWidth: 24,
  }));
}
