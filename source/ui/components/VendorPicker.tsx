/** The vendor picker: every vendor with a check box; the keymap's picker commands toggle them. */
import type { Landscape } from '../../model/landscape.js';
import { fitText } from '../../text/fit.js';
import { visibleLine } from '../../text/visible.js';
import type { Seg } from '../segs.js';
import { useUi } from '../UiContext.js';
import { Panel } from './Panel.js';

export interface VendorPickerProps {
  land: Landscape;
  /** Every vendor id, in display order. */
  all: readonly string[];
  /** Shown vendor ids. */
  shown: readonly string[];
  cursor: number;
  width: number;
  height: number;
}

export function VendorPicker({ land, all, shown, cursor, width, height }: VendorPickerProps) {
  const { theme, ascii } = useUi();
  const page = Math.max(1, height - 2);
  const scroll = Math.max(0, Math.min(cursor - page + 1, all.length - page));
  const lines: Seg[][] = all.map((id, i) => {
    const on = shown.includes(id);
    const box = on ? (ascii ? '[x]' : '[✓]') : '[ ]';
    const v = land.vendorById.get(id);
    const text = ` ${box} ${visibleLine(v?.name ?? id)}  ${visibleLine(v?.parent ?? '')}`;
    return [{ text: fitText(text, width), inverse: i === cursor, color: on ? undefined : theme.muted, bold: on }];
  });
  return (
    <Panel
      title={`Vendors: ${shown.length} of ${all.length} shown`}
      lines={lines}
      scroll={scroll}
      width={width}
      height={height}
    />
  );
}
