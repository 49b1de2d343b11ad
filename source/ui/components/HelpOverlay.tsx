/** The help overlay: every key of the keymap by category, and the status legend. */
import { keyFor } from '../keys/keymap.js';
import type { Seg } from '../segs.js';
import { Panel } from './Panel.js';

/** Props: the help `lines` (from helpLines, generated from the keymap), `scroll`, and the panel size. */
export function HelpOverlay({
  lines,
  scroll,
  width,
  height,
}: {
  lines: readonly Seg[][];
  scroll: number;
  width: number;
  height: number;
}) {
  return (
    <Panel
      title={`Keys (${keyFor('help.toggle')} or ${keyFor('close')} closes)`}
      lines={lines}
      scroll={scroll}
      width={width}
      height={height}
    />
  );
}
