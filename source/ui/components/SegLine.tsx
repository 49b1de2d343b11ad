/** One line of styled segments; adjacent segments with the same style are merged into one Text node. */
import { Text } from 'ink';
import { memo } from 'react';

export interface Seg {
  text: string;
  color?: string;
  bold?: boolean;
  inverse?: boolean;
  dim?: boolean;
  underline?: boolean;
}

const sameStyle = (a: Seg, b: Seg) =>
  a.color === b.color && a.bold === b.bold && a.inverse === b.inverse && a.dim === b.dim && a.underline === b.underline;

export function mergeSegs(segs: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, s)) out[out.length - 1] = { ...last, text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

/** Props: `segs`, already fitted to the terminal width by the caller. */
export const SegLine = memo(function SegLine({ segs }: { segs: readonly Seg[] }) {
  const merged = mergeSegs(segs);
  if (merged.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {merged.map((s, i) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their position
          key={i}
          color={s.color}
          bold={s.bold}
          inverse={s.inverse}
          dimColor={s.dim}
          underline={s.underline}
        >
          {s.text}
        </Text>
      ))}
    </Text>
  );
});
