/** The evidence pane: what backs a claim (or a row), scrollable; Esc closes it. */

import type { Seg } from '../segs.js';
import { Panel } from './Panel.js';

export interface EvidencePaneProps {
  title: string;
  /** The evidence document, already drawn as styled lines (links included). */
  lines: readonly Seg[][];
  scroll: number;
  width: number;
  height: number;
}

export function EvidencePane({ title, lines, scroll, width, height }: EvidencePaneProps) {
  return <Panel title={`Evidence · ${title}`} lines={lines} scroll={scroll} width={width} height={height} />;
}
