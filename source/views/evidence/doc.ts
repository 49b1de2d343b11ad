/**
 * What an evidence document is made of: lines of segments that carry a tone
 * or a status (never a colour), and the two ways prose enters one (a wrapped
 * paragraph, a labelled field). Pure; the dashboard turns tones into colours.
 */
import type { Status } from '../../data/schema.js';
import { wrapParagraph } from '../../text/format.js';
import { visible } from '../../text/visible.js';

export type Tone = 'heading' | 'label' | 'muted' | 'accent' | 'warning';

export interface Segment {
  text: string;
  tone?: Tone;
  status?: Status;
  /** A URL this segment links to (drawn as OSC 8 where supported). */
  url?: string;
}

export type DocLine = Segment[];

export interface Doc {
  title: string;
  lines: DocLine[];
}

/** Dataset text wrapped to the width (escaped first), each line after `indent`, in one tone. */
export function para(text: string, width: number, indent = '', tone?: Tone): DocLine[] {
  return wrapParagraph(visible(text), width, indent).map((l) => [{ text: l, tone }]);
}

/** `Label: value`, the value wrapped under itself. */
export function field(label: string, value: string, width: number): DocLine[] {
  const head = `${label}: `;
  return para(value, width - head.length).map((l, i) => [
    { text: i === 0 ? head : ' '.repeat(head.length), tone: 'label' },
    ...l,
  ]);
}
