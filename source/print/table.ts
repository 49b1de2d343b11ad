/** Plain-text table output, fitted to a width, with the status legend. */
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import { visibleLine } from '../text/visible.js';
import type { Theme } from '../theme.js';
import { COLUMN_GAP, cellText, columnsThatFit, fitWidths, naturalWidths } from '../views/layout.js';
import { legend } from '../views/status.js';
import type { BuiltView } from '../views/types.js';

export interface TableOptions {
  width: number;
  theme: Theme;
  ascii: boolean;
  asOf: string;
}

function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fitted = stringWidth(text) > width ? cliTruncate(text, width, { position: 'end' }) : text;
  const space = ' '.repeat(Math.max(0, width - stringWidth(fitted)));
  return align === 'right' ? space + fitted : fitted + space;
}

export function renderTable(view: BuiltView, opts: TableOptions): string {
  const { table } = view;
  const { theme, ascii } = opts;
  const cols = columnsThatFit(table.columns, opts.width, 0, table.frozen);
  const natural = naturalWidths(table, ascii);
  const fitted = fitWidths(
    cols.map((i) => natural[i] ?? 0),
    cols.map((i) => table.columns[i] ?? { id: '', title: '' }),
    opts.width,
  );
  const widths: number[] = [];
  cols.forEach((c, k) => {
    widths[c] = fitted[k] ?? 0;
  });
  const hidden = table.columns.length - cols.length;
  const gap = ' '.repeat(COLUMN_GAP);
  const lines: string[] = [];

  const title = `${table.title} · ${table.rows.length} rows · as of ${opts.asOf}`;
  lines.push(theme.heading(pad(title, opts.width).trimEnd()));
  lines.push(
    theme.heading(
      cols
        .map((i) => pad(table.columns[i]?.title ?? '', widths[i] ?? 0, table.columns[i]?.align))
        .join(gap)
        .trimEnd(),
    ),
  );
  const groupName = new Map(table.groups?.map((g) => [g.id, g.name]) ?? []);
  let group: string | undefined;
  for (const row of table.rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      const name = visibleLine(groupName.get(group) ?? group);
      lines.push(
        theme.muted(
          pad(`── ${name} ${'─'.repeat(Math.max(0, opts.width - stringWidth(name) - 4))}`, opts.width).trimEnd(),
        ),
      );
    }
    const cells = cols.map((i) => {
      const cell = row.cells[i];
      const text = pad(cellText(cell, ascii), widths[i] ?? 0, table.columns[i]?.align);
      return cell?.status ? theme.status[cell.status](text) : text;
    });
    lines.push(cells.join(gap).trimEnd());
  }
  if (table.rows.length === 0) lines.push(theme.muted('(no rows)'));
  const footer: string[] = [];
  if (table.columns.some((c) => c.status)) footer.push(`Legend: ${legend(ascii)}`);
  if (hidden > 0)
    footer.push(
      `${hidden} more column${hidden === 1 ? '' : 's'} do not fit in ${opts.width} columns; use --width, --vendor, or --format csv.`,
    );
  for (const note of table.notes ?? []) footer.push(visibleLine(note));
  if (footer.length > 0)
    lines.push('', ...footer.map((l) => theme.muted(pad(l, Math.max(opts.width, stringWidth(l))).trimEnd())));
  return `${lines.join('\n')}\n`;
}
