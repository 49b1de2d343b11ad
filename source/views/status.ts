/** How statuses read: a word and a glyph, so colour never carries meaning alone. */
import { STATUSES, type Status } from '../data/vocabulary.js';

export const STATUS_WORD: Record<Status, string> = {
  ga: 'GA',
  preview: 'Preview',
  partial: 'Partial',
  none: 'None',
  unknown: 'Unknown',
};

const STATUS_GLYPH: Record<Status, string> = {
  ga: '✓',
  preview: '◇',
  partial: '◐',
  none: '✗',
  unknown: '?',
};

/** For terminals that cannot draw the glyphs above (TERM=dumb, non-UTF-8 locales). */
const STATUS_GLYPH_ASCII: Record<Status, string> = {
  ga: '+',
  preview: 'p',
  partial: '~',
  none: 'x',
  unknown: '?',
};

export const STATUS_MEANING: Record<Status, string> = {
  ga: 'generally available, documented by the vendor',
  preview: 'public or private preview / beta',
  partial: 'available with limits the note explains',
  none: 'not offered, or retired',
  unknown: 'not verified',
};

export function statusLabel(status: Status, ascii = false): string {
  return `${(ascii ? STATUS_GLYPH_ASCII : STATUS_GLYPH)[status]} ${STATUS_WORD[status]}`;
}

export function legend(ascii = false): string {
  return STATUSES.map((s) => statusLabel(s, ascii)).join('  ');
}
