/** The tab bar: every view with its number and a name (abbreviated when narrow), the current one highlighted (inverse, so it reads without colour). */
import { Box } from 'ink';
import stringWidth from 'string-width';
import type { ViewName } from '../../views/types.js';
import { BRAND, tabLayout } from '../tabs.js';
import { useUi } from '../UiContext.js';
import { type Seg, SegLine } from './SegLine.js';

/** Props: the current `view`, the terminal `width`, and the dataset's `asOf` date. */
export function TabBar({ view, width, asOf }: { view: ViewName; width: number; asOf: string }) {
  const { theme } = useUi();
  const layout = tabLayout(view, width);
  const date = ` as of ${asOf} `;
  const segs: Seg[] = [];
  let used = 0;
  if (layout.brand) {
    segs.push({ text: BRAND, bold: true, color: theme.accent });
    used += stringWidth(BRAND);
  }
  for (const t of layout.tabs) {
    const on = t.view === view;
    segs.push({ text: t.text, inverse: on, bold: on, color: on ? undefined : theme.hint });
    used += t.width;
  }
  if (used + stringWidth(date) <= width) {
    segs.push({ text: ' '.repeat(width - used - stringWidth(date)) });
    segs.push({ text: date, color: theme.muted });
  }
  return (
    <Box height={1}>
      <SegLine segs={segs} />
    </Box>
  );
}
