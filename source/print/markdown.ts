/** GitHub-flavoured Markdown: a table with pipes and newlines escaped, and its sources as links. */
import { visible } from '../text/visible.js';
import { statusLabel } from '../views/status.js';
import type { BuiltView } from '../views/types.js';

/** Escapes text for a GFM table cell. */
export function mdCell(text: string): string {
  return visible(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[*_`[\]<>#]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '<br>')
    .trim();
}

export function renderMarkdown(view: BuiltView): string {
  const { table } = view;
  const groupName = new Map(table.groups?.map((g) => [g.id, g.name]) ?? []);
  const hasGroups = table.rows.some((r) => r.group !== undefined);
  const head = [...(hasGroups ? ['Category'] : []), ...table.columns.map((c) => c.title)];
  const align = [...(hasGroups ? ['left' as const] : []), ...table.columns.map((c) => c.align ?? 'left')];
  const lines = [
    `## ${mdCell(table.title)}`,
    '',
    `As of ${view.json.asOf}.`,
    '',
    `| ${head.map(mdCell).join(' | ')} |`,
    `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...table.rows.map((r) => {
      const cells = [
        ...(hasGroups ? [groupName.get(r.group ?? '') ?? r.group ?? ''] : []),
        ...table.columns.map((_, i) => {
          const cell = r.cells[i];
          return cell?.status ? statusLabel(cell.status) : (cell?.text ?? '');
        }),
      ];
      return `| ${cells.map(mdCell).join(' | ')} |`;
    }),
  ];
  for (const note of table.notes ?? []) lines.push('', mdCell(note));
  const sources =
    (view.json.sources as
      | { id: string; title: string; url: string; publisher: string; accessed: string }[]
      | undefined) ?? [];
  if (sources.length > 0) {
    lines.push('', '### Sources', '');
    for (const s of sources) {
      lines.push(
        `- \`${s.id.replace(/`/g, '')}\`: [${mdCell(s.title)}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>), ${mdCell(s.publisher)}, accessed ${s.accessed}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
