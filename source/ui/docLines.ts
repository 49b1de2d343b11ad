/** Turns an evidence document into styled lines, with URLs as OSC 8 links when allowed. Pure. */
import stringWidth from 'string-width';
import { clip } from '../text/fit.js';
import type { DocLine } from '../views/evidence/doc.js';
import type { Seg } from './components/SegLine.js';
import { highlight } from './highlight.js';
import { hyperlink } from './link.js';
import type { UiTheme } from './uiTheme.js';

/** The document as styled lines; with a `query`, its matches are highlighted. */
export function docLines(
  lines: readonly DocLine[],
  width: number,
  theme: UiTheme,
  links: boolean,
  query = '',
): Seg[][] {
  return lines.map((line) => {
    let used = 0;
    const segs: Seg[] = [];
    for (const seg of line) {
      const room = width - used;
      if (room <= 0) break;
      const text = clip(seg.text, room);
      used += stringWidth(text);
      const color = seg.status
        ? theme.status[seg.status]
        : seg.tone === 'muted'
          ? theme.muted
          : seg.tone === 'accent'
            ? theme.accent
            : seg.tone === 'warning'
              ? theme.warning
              : seg.tone === 'label'
                ? theme.label
                : undefined;
      // A link is only emitted when its whole text is shown; a clipped link would hide where it goes.
      const linked = seg.url && text === seg.text ? hyperlink(text, seg.url, links) : text;
      segs.push({ text: linked, color, bold: seg.tone === 'heading', underline: Boolean(seg.url) && links });
    }
    return query ? highlight(segs, query, theme) : segs;
  });
}
