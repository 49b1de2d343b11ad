/**
 * `trainscape report`: builds the decision record and prints it, or writes it
 * to --output (refusing to replace a file without --force). Markdown by
 * default; `--format html` renders the same document as one page.
 */
import { writeFileSync } from 'node:fs';
import type { Freshness } from '../model/freshness.js';
import { renderReportMarkdown } from '../print/report.js';
import { buildReport } from '../views/report.js';
import { loadContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { choose, type ScoreArgs } from './profile.js';

export const REPORT_FORMATS = ['markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportArgs extends ScoreArgs {
  data?: string;
  format?: string;
  output?: string;
  force: boolean;
}

/** The report's text in the asked format. */
/** How `--stale-after` (or a profile's) and today become the freshness settings. */
export type FreshnessOf = (staleAfter: string) => Freshness;

/** The report's text in the asked format: vendors, weights, must-haves and coverage from the flags and --profile. */
export async function reportText(args: ReportArgs, today: string, freshnessOf: FreshnessOf): Promise<string> {
  const format = (args.format ?? 'markdown') as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw new UsageError(`a report is written as markdown or html; got --format ${args.format}`);
  const ctx = await loadContext(args.data, args.vendor, today);
  const chosen = await choose(ctx.land, args);
  const model = buildReport(ctx.land, {
    vendors: chosen.vendors ?? ctx.vendors,
    weights: chosen.weights,
    require: chosen.require,
    minCoverage: chosen.minCoverage,
    freshness: freshnessOf(chosen.staleAfter),
  });
  const markdown = renderReportMarkdown(model);
  if (format === 'markdown') return markdown;
  const { renderHtmlPage } = await import('../print/html.js');
  return renderHtmlPage(markdown);
}

export async function runReport(args: ReportArgs, today: string, freshnessOf: FreshnessOf, io: Io): Promise<number> {
  const text = await reportText(args, today, freshnessOf);
  if (args.output === undefined || args.output === '-') {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    // `wx` fails when the file exists, with no window between a check and the write.
    writeFileSync(args.output, text, { flag: args.force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UsageError(`${args.output} already exists`, 'add --force to replace it, or choose another --output');
    throw new UsageError(`cannot write ${args.output}: ${(err as Error).message}`);
  }
  io.stderr.write(`trainscape: wrote the report to ${args.output}\n`);
  return EXIT.ok;
}
