/** The status line's dataset part: how old the dataset is (stale in words past the threshold), and whether it is watched. Pure. */
import { ageShort, type Freshness, isStale } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import type { StatusPart } from './statusLine.js';

export function dataParts(land: Landscape, freshness: Freshness | undefined, watching: boolean): StatusPart[] {
  const parts: StatusPart[] = [];
  if (freshness) {
    const stale = isStale(land.asOf, freshness);
    parts.push({ text: `data ${ageShort(land.asOf, freshness.today)} old${stale ? ' STALE' : ''}`, active: stale });
  }
  if (watching) parts.push({ text: 'watching' });
  return parts;
}
