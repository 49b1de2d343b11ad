/** The source records behind a set of source ids, in first-cited order, for JSON output. */
import type { Landscape } from '../model/landscape.js';

export interface SourceJson {
  id: string;
  title: string;
  url: string;
  publisher: string;
  accessed: string;
}

export function sourcesCited(land: Landscape, ids: Iterable<string>): SourceJson[] {
  const seen = new Set<string>();
  const out: SourceJson[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s = land.sourceById.get(id);
    if (s) out.push({ id: s.id, title: s.title, url: s.url, publisher: s.publisher, accessed: s.accessed });
  }
  return out;
}

/** The URLs of the given sources, one per line (a spreadsheet cell of links). */
export function sourceUrls(land: Landscape, ids: readonly string[]): string {
  return ids.flatMap((id) => land.sourceById.get(id)?.url ?? []).join('\n');
}
