/** The help overlay's lines, generated from the keymap (one or two columns by width). Pure. */
import stringWidth from 'string-width';
import { STATUSES } from '../data/vocabulary.js';
import { QUADRANT_NAMES } from '../model/score.js';
import { fitText } from '../text/fit.js';
import { staleGlyph, wrapParagraph } from '../text/format.js';
import { BREADTH_MEANING, MATURITY_MEANING, SPLIT_MEANING } from '../views/quadrant.js';
import { STATUS_MEANING, statusLabel } from '../views/status.js';
import { CATEGORIES, KEYMAP, keysLabel } from './keys/keymap.js';
import type { Seg } from './segs.js';
import type { UiTheme } from './uiTheme.js';

function block(category: string, width: number, theme: UiTheme): Seg[][] {
  const cmds = KEYMAP.filter((c) => c.category === category);
  const keyW = Math.min(22, Math.max(...cmds.map((c) => stringWidth(keysLabel(c)))) + 2);
  return [
    [{ text: fitText(category, width), bold: true, color: theme.accent }],
    ...cmds.map((c) => [
      { text: fitText(`  ${keysLabel(c)}`, keyW + 2), bold: true },
      { text: fitText(c.description, Math.max(0, width - keyW - 2)) },
    ]),
    [{ text: fitText('', width) }],
  ];
}

export function helpLines(width: number, theme: UiTheme, ascii: boolean): Seg[][] {
  const blocks = CATEGORIES.map((c) => block(c, width >= 150 ? Math.floor((width - 2) / 2) : width, theme));
  const legend: Seg[][] = [
    [{ text: 'Statuses', bold: true, color: theme.accent }],
    ...STATUSES.map((s) => [
      { text: `  ${fitText(statusLabel(s, ascii), 11)}`, color: theme.status[s] },
      { text: STATUS_MEANING[s] },
    ]),
    [
      { text: `  ${fitText(staleGlyph(ascii), 11)}`, color: theme.warning },
      { text: 'stale: older than --stale-after' },
    ],
    ...scorecardHelp(width >= 150 ? Math.floor((width - 2) / 2) : width, theme),
    [{ text: '' }],
    [{ text: 'Mouse', bold: true, color: theme.accent }],
    ...[
      'Wheel scrolls the table, chart or pane; a click opens a tab, selects a row, cell or trend, or does what an Overview panel says to press.',
      '--no-mouse or TRAINSCAPE_MOUSE=0 leaves the mouse to select text.',
    ].flatMap((t) =>
      wrapParagraph(t, (width >= 150 ? Math.floor((width - 2) / 2) : width) - 2).map((l) => [{ text: `  ${l}` }]),
    ),
  ];
  if (width < 150) return [...blocks.flat(), ...legend];
  // Two columns: fill the left with blocks until about half the lines, the rest on the right.
  const total = blocks.reduce((a, b) => a + b.length, 0);
  const left: Seg[][] = [];
  const right: Seg[][] = [];
  for (const b of blocks) (left.length < Math.ceil(total / 2) ? left : right).push(...b);
  right.push(...legend);
  const colW = Math.floor((width - 2) / 2);
  const rows = Math.max(left.length, right.length);
  const out: Seg[][] = [];
  for (let i = 0; i < rows; i++) {
    const l = left[i] ?? [{ text: '' }];
    const r = right[i] ?? [{ text: '' }];
    out.push([...padTo(l, colW), { text: '  ' }, ...r]);
  }
  return out;
}

function padTo(segs: Seg[], width: number): Seg[] {
  const w = segs.reduce((a, s) => a + stringWidth(s.text), 0);
  return w >= width ? segs : [...segs, { text: ' '.repeat(width - w) }];
}

/** The scorecard's scale and the quadrant's axes, defined rather than implied. */
function scorecardHelp(width: number, theme: UiTheme): Seg[][] {
  const defs: [string, string][] = [
    ['Score', 'GA 1, Preview and Partial ½, None 0 per cell, ÷ known cells; Unknown left out, shown as (n?)'],
    ['Overall', 'Σ weight × score ÷ Σ weight over categories with a score; weight 0 excludes'],
    ['Breadth', BREADTH_MEANING.replace(/^Breadth = /, '')],
    ['Maturity', MATURITY_MEANING.replace(/^Maturity = /, '')],
    [
      'Quadrants',
      `${SPLIT_MEANING} ${QUADRANT_NAMES.leaders}: high on both; ${QUADRANT_NAMES.broad}: broad, fewer GA; ${QUADRANT_NAMES.focused}: fewer features, mostly GA; ${QUADRANT_NAMES.emerging}: low on both`,
    ],
  ];
  const out: Seg[][] = [[{ text: '' }], [{ text: 'Scorecard and quadrant', bold: true, color: theme.accent }]];
  for (const [term, meaning] of defs) {
    const lines = wrapParagraph(meaning, width - 13);
    lines.forEach((l, i) => {
      out.push([{ text: `  ${fitText(i === 0 ? term : '', 11)}`, bold: i === 0 }, { text: l }]);
    });
  }
  return out;
}
