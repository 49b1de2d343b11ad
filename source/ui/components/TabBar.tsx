/** The tab bar: every view with its number, the current one highlighted (inverse, so it reads without colour). */
import { Box } from 'ink';
import stringWidth from 'string-width';
import { VIEW_NAMES, VIEW_TITLES, type ViewName } from '../../views/types.js';
import { useUi } from '../UiContext.js';
import { type Seg, SegLine } from './SegLine.js';

/** Props: the current `view`, the terminal `width`, and the dataset's `asOf` date. */
export function TabBar({ view, width, asOf }: { view: ViewName; width: number; asOf: string }) {
  const { theme } = useUi();
  const full = VIEW_NAMES.map((v, i) => ` ${i + 1} ${VIEW_TITLES[v]} `);
  const brand = ' trainscape ';
  const date = ` as of ${asOf} `;
  const fullWidth = stringWidth(brand) + full.reduce((a, t) => a + stringWidth(t), 0);
  const compact = fullWidth > width;
  const tabs = VIEW_NAMES.map((v, i) => (compact && v !== view ? ` ${i + 1} ` : ` ${i + 1} ${VIEW_TITLES[v]} `));
  const segs: Seg[] = [];
  let used = 0;
  if (!compact) {
    segs.push({ text: brand, bold: true, color: theme.accent });
    used += stringWidth(brand);
  }
  VIEW_NAMES.forEach((v, i) => {
    const t = tabs[i] as string;
    segs.push({ text: t, inverse: v === view, bold: v === view, color: v === view ? undefined : theme.hint });
    used += stringWidth(t);
  });
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
