/**
 * The decision record as GitHub-flavoured Markdown: one document whose
 * footnotes and sources are numbered once, so a claim cited in the
 * differences and again in the changes points at the same sources.
 */

import { cellMarks } from '../views/layout.js';
import type { ReportModel } from '../views/report.js';
import { percent, weightText } from '../views/scorecard.js';
import { legend, statusLabel } from '../views/status.js';
import type { TableColumn, TableRow } from '../views/types.js';
import { citations } from './footnotes.js';
import { MD, mdParagraph, mdText } from './markdown.js';

function table(columns: readonly TableColumn[], rows: readonly TableRow[], cite: (r: TableRow, i: number) => string) {
  const lines = [
    `| ${columns.map((c) => mdText(c.title)).join(' | ')} |`,
    `| ${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`,
  ];
  for (const r of rows) {
    const cells = columns.map((_, i) => {
      const cell = r.cells[i];
      const text =
        cell?.status && columns[i]?.status ? `${statusLabel(cell.status)}${cellMarks(cell)}` : (cell?.text ?? '');
      return mdText(text) + cite(r, i);
    });
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

const scoreText = (score: number | undefined) => (score === undefined ? 'n/a' : percent(score));

export function renderReportMarkdown(m: ReportModel): string {
  const cites = citations(m.sources, MD);
  const name = (id: string) => m.vendors.find((v) => v.id === id)?.name ?? id;
  const out: string[] = [`# ${mdText(m.title)}`, ''];
  out.push(`- **Date:** ${m.date}`, `- **Dataset as of:** ${m.asOf}`);
  out.push(`- **Scope:** ${m.vendors.map((v) => `${mdText(v.name)} (\`${v.id}\`)`).join(', ')}`, '');

  out.push('## Profile', '');
  if (m.profile.name) out.push(`Profile: ${mdText(m.profile.name)}.`, '');
  const changed = m.profile.weights.filter((w) => w.weight !== 1);
  out.push(
    m.equalWeights
      ? 'Weights: equal (every category counts the same).'
      : `Weights: ${changed.map((w) => `${mdText(w.name)} ×${weightText(w.weight)}`).join(', ')}; every other category ×1.`,
  );
  out.push(
    '',
    m.profile.require.length > 0
      ? `Must-haves: ${m.profile.require.map((r) => `\`${r.replace(/`/g, '')}\``).join(', ')}.`
      : 'Must-haves: none.',
  );
  if (m.profile.minCoverage !== undefined)
    out.push('', `Least coverage to be ranked: ${percent(m.profile.minCoverage)}.`);

  out.push('', '## Shortlist', '');
  out.push(
    m.shortlisted.length > 0
      ? `Shortlisted: ${m.shortlisted.map((v) => mdText(name(v))).join(', ')}.`
      : 'No vendor is shortlisted.',
  );
  if (m.eliminated.length > 0) {
    out.push('', 'Eliminated:', '');
    for (const e of m.eliminated) out.push(`- ${mdText(e.name)}: ${mdText(e.reasons.join('; ') || 'no reason given')}`);
  } else out.push('', 'No vendor was eliminated.');

  out.push('', '## Ranking', '');
  const ranges = m.ranking.some((r) => r.range);
  out.push(
    `| Rank | Vendor | Score | Coverage |${ranges ? ' Range |' : ''} Tied with |`,
    `| ---: | --- | ---: | ---: |${ranges ? ' --- |' : ''} --- |`,
  );
  for (const r of m.ranking) {
    const rank = r.rank === null ? 'not ranked' : `${r.tiedWith.length > 0 ? '=' : ''}${r.rank}`;
    const range = r.range ? ` ${percent(r.range.low)}–${percent(r.range.high)} |` : ranges ? ' n/a |' : '';
    out.push(
      `| ${rank} | ${mdText(r.name)} | ${scoreText(r.score)} | ${r.coverage === undefined ? 'n/a' : percent(r.coverage)} |${range} ${r.tiedWith.map((t) => mdText(name(t))).join(', ')} |`,
    );
  }
  out.push(
    '',
    mdParagraph(
      'Score = (GA + ½·Preview + ½·Partial) ÷ known cells, weighted by category; coverage = the share of cells that are known.',
    ),
  );

  out.push('', '## Differences', '');
  if (m.shortlisted.length < 2) out.push('Fewer than two vendors are shortlisted: nothing to compare.');
  else if (m.differences.groups.length === 0) out.push('The shortlisted vendors agree on every feature.');
  else {
    out.push(mdParagraph('Only the features where the shortlisted vendors differ; each status cites its evidence.'));
    for (const g of m.differences.groups) {
      out.push('', `### ${mdText(g.name)}`, '');
      out.push(...table(m.differences.columns, g.rows, (r, i) => cites.cite(r.cells[i]?.cite)));
    }
    out.push('', `Legend: ${mdText(legend())}`);
  }

  out.push('', '## Upcoming lifecycle changes', '');
  if (m.changes.rows.length === 0) out.push('No dated changes are recorded from today on for the shortlisted vendors.');
  else out.push(...table(m.changes.columns, m.changes.rows, (r, i) => cites.cite(r.cells[i]?.cite)));

  const sources = cites.sourceList();
  out.push('', '## Sources', '');
  out.push(...(sources.length > 0 ? sources : ['No sources are cited.']));
  const definitions = cites.definitions();
  if (definitions.length > 0) out.push('', ...definitions);
  return `${out.join('\n')}\n`;
}
