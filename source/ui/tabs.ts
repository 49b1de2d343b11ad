/**
 * Where each tab of the tab bar goes at a width: every view keeps its number
 * and a name, abbreviated (the current one whole) when the full names do not
 * fit, so a narrow terminal still says what each number opens. Pure; the tab
 * bar draws it and a mouse click is hit-tested against it.
 */
import stringWidth from 'string-width';
import { VIEW_NAMES, VIEW_TITLES, type ViewName } from '../views/types.js';

export const BRAND = ' trainscape ';

export interface Tab {
  view: ViewName;
  text: string;
  /** First column (0-based) and width of the tab. */
  x: number;
  width: number;
}

export interface TabLayout {
  brand: boolean;
  tabs: Tab[];
}

/** A tab's text: ` 3 Compute `, or tight (`3Co `) when even short names need every cell. */
const label = (v: ViewName, i: number, cut: number, tight: boolean) => {
  const chars = [...VIEW_TITLES[v]];
  const name = chars.length > cut ? chars.slice(0, cut).join('') : chars.join('');
  return tight ? `${i + 1}${name} ` : ` ${i + 1} ${name} `;
};

function place(view: ViewName, cut: number, brand: boolean, tight = false): TabLayout & { width: number } {
  let x = brand ? stringWidth(BRAND) : 0;
  const tabs = VIEW_NAMES.map((v, i) => {
    const text = v === view ? label(v, i, Number.POSITIVE_INFINITY, false) : label(v, i, cut, tight);
    const tab = { view: v, text, x, width: stringWidth(text) };
    x += tab.width;
    return tab;
  });
  return { brand, tabs, width: x };
}

/** The widest tab bar that fits: brand and full names, then full names, then names cut shorter (down to one letter). */
export function tabLayout(view: ViewName, width: number): TabLayout {
  const longest = Math.max(...VIEW_NAMES.map((v) => VIEW_TITLES[v].length));
  for (const brand of [true, false]) {
    const full = place(view, longest, brand);
    if (full.width <= width) return full;
  }
  for (let cut = longest - 1; cut >= 1; cut--) {
    const t = place(view, cut, false);
    if (t.width <= width) return t;
  }
  for (let cut = 3; cut >= 1; cut--) {
    const t = place(view, cut, false, true);
    if (t.width <= width) return t;
  }
  return place(view, 0, false, true);
}

/** The view whose tab is at column `x` (0-based), if any. */
export function tabAt(layout: TabLayout, x: number): ViewName | undefined {
  return layout.tabs.find((t) => x >= t.x && x < t.x + t.width)?.view;
}
