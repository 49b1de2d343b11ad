/**
 * Search matches highlighted inside text: each segment is split where the
 * query occurs (case-insensitive, as search matches) and the matched part is
 * styled as a match. Bold and underline go with the colour, so a match reads
 * without colour too. Segments that carry escapes (links) are left whole. Pure.
 */
import { needleOf } from '../model/search.js';
import type { Seg } from './segs.js';
import type { UiTheme } from './uiTheme.js';

export function highlight(segs: readonly Seg[], query: string, theme: UiTheme): Seg[] {
  const needle = needleOf(query);
  if (needle === '') return [...segs];
  const out: Seg[] = [];
  for (const s of segs) {
    const lower = s.text.toLowerCase();
    // Lower-casing that changes the length (rare scripts) would misplace the split: leave such text whole.
    if (s.text.includes('\u001b') || lower.length !== s.text.length || !lower.includes(needle)) {
      out.push(s);
      continue;
    }
    let at = 0;
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, at)) {
      if (i > at) out.push({ ...s, text: s.text.slice(at, i) });
      out.push({ ...s, text: s.text.slice(i, i + needle.length), color: theme.match, bold: true, underline: true });
      at = i + needle.length;
    }
    if (at < s.text.length) out.push({ ...s, text: s.text.slice(at) });
  }
  return out;
}
