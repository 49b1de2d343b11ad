/**
 * GitHub-flavoured Markdown: a heading, a pipe table that renders as a table
 * whatever the data holds (pipes, line breaks and markup escaped), the legend
 * and notes, each cell's evidence as a GFM footnote (note, evidence strength,
 * sources), and the cited sources as a numbered list of links.
 */

import { cellMarks } from '../views/layout.js';
import { legend, statusLabel } from '../views/status.js';
import { citations } from './footnotes.js';
import { safe } from './safe.js';
import type { Printable } from './types.js';

/**
 * Escapes text for inline Markdown, in a table cell or a paragraph: control
 * and invisible characters made visible; the punctuation that starts inline
 * markup, HTML, entities, GitHub math or a table cell backslash-escaped
 * (CommonMark allows `\` before any ASCII punctuation); a leading block marker
 * (heading, quote, list) escaped; line breaks turned into `<br>` so a cell
 * stays on its row. Other punctuation is left alone so the source stays readable.
 *
 * GitHub also turns bare addresses into links (its autolink extension:
 * `https://…`, `www.…`, `name@host`). Only cited sources are links in
 * trainscape's Markdown, so in text the character that would start one is
 * written as a character reference (`https&#58;//`, `www&#46;`, `a&#64;b`):
 * it reads the same rendered, and no renderer sees an address.
 */
export function mdText(text: string): string {
  return safe(text)
    .trim()
    .replace(/[\\`*_[\]<>|~&$]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, '<br>')
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/(?<=\bwww)\./gi, '&#46;')
    .replace(/@/g, '&#64;');
}

/** `mdText` for a paragraph of its own: also escapes what would start a heading, list or setext underline. */
export function mdParagraph(text: string): string {
  return mdText(text)
    .replace(/^[#=+-]/, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * `mdText` for link text. Brackets become numeric character references rather
 * than `\[`: some parsers (marked 18) end a link at an escaped `](`.
 */
export function mdLinkText(text: string): string {
  return mdText(text).replace(/\\([[\]])/g, (_, c: string) => (c === '[' ? '&#91;' : '&#93;'));
}

/** The escaping used for table cells. */
export const mdCell = mdText;

/** A URL as a link destination: in angle brackets, with anything but printable ASCII percent-encoded. */
export function mdUrl(url: string): string {
  return `<${url.replace(/[^\x21-\x7e]|[<>\\]/gu, (c) => encodeURIComponent(c))}>`;
}

/** The escapers footnotes use. */
export const MD = { text: mdText, linkText: mdLinkText, url: mdUrl };

export function renderMarkdown(p: Printable): string {
  const { table } = p;
  const cites = citations(p.sources ?? [], MD);
  const groupName = new Map(table.groups?.map((g) => [g.id, g.name]) ?? []);
  const hasGroups = (table.groups?.length ?? 0) > 0 || table.rows.some((r) => r.group !== undefined);
  const head = [...(hasGroups ? ['Category'] : []), ...table.columns.map((c) => c.title)];
  const align = [...(hasGroups ? ['left' as const] : []), ...table.columns.map((c) => c.align ?? 'left')];
  const lines = [`## ${mdText(table.title)}`, ''];
  if (p.asOf) lines.push(`As of ${p.asOf}.`, '');
  if (p.filter) lines.push(mdParagraph(p.filter), '');
  lines.push(
    `| ${head.map(mdText).join(' | ')} |`,
    `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`,
  );
  for (const r of table.rows) {
    const cells = [
      ...(hasGroups ? [mdText(groupName.get(r.group ?? '') ?? r.group ?? '')] : []),
      ...table.columns.map((_, i) => {
        const cell = r.cells[i];
        const text = cell?.status ? `${statusLabel(cell.status)}${cellMarks(cell)}` : (cell?.text ?? '');
        return mdText(text) + cites.cite(cell?.cite);
      }),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (table.rows.length === 0) lines.push('', mdParagraph(p.empty ?? 'No rows.'));
  if (table.rows.some((r) => r.cells.some((c) => c.status))) lines.push('', `Legend: ${mdText(legend())}`);
  if (table.stale) lines.push('', mdParagraph(table.stale));
  for (const note of table.notes ?? []) lines.push('', mdParagraph(note));
  // Further tables (the scorecard's quadrant) as their own sections.
  for (const section of table.sections ?? []) {
    lines.push('', `### ${mdText(section.title)}`, '');
    lines.push(
      `| ${section.columns.map((c) => mdText(c.title)).join(' | ')} |`,
      `| ${section.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`,
    );
    for (const r of section.rows)
      lines.push(`| ${section.columns.map((_, i) => mdText(r.cells[i]?.text ?? '')).join(' | ')} |`);
    for (const note of section.notes ?? []) lines.push('', mdParagraph(note));
  }
  const sources = cites.sourceList();
  if (sources.length > 0) lines.push('', '### Sources', '', ...sources);
  const definitions = cites.definitions();
  if (definitions.length > 0) lines.push('', ...definitions);
  return `${lines.join('\n')}\n`;
}
