/**
 * Evidence as GFM footnotes. A cell that cites sources gets `[^n]`; the
 * footnote's definition gives the claim's note, the strength of its evidence
 * and each source's title, publisher, accessed date and URL. Cells citing the
 * same note and sources share one footnote. Sources are numbered once per
 * document, in the order first cited, and the Sources list uses the same
 * numbers, so `(3)` means one source wherever it appears.
 */
import { EVIDENCE_MEANING, EVIDENCE_STRENGTHS } from '../model/evidence.js';
import type { SourceJson } from '../views/sourcesCited.js';
import type { Cite } from '../views/types.js';

/** Markdown escapers, passed in so this module and the printers share one set. */
export interface Escapers {
  text: (s: string) => string;
  linkText: (s: string) => string;
  url: (s: string) => string;
}

export interface Citations {
  /** The footnote reference for a cell (`[^3]`), or '' when it cites no known source. */
  cite(cite: Cite | undefined): string;
  /** The number of a source in this document (numbering it if new). */
  sourceNumber(id: string): number | undefined;
  /** Footnote definitions, one line each, in reference order, after a line saying what the strengths mean. */
  definitions(): string[];
  /** Every numbered source (cited or listed), as `n. [title](url), publisher, accessed date (`id`)`. */
  sourceList(): string[];
}

export function citations(sources: readonly SourceJson[], md: Escapers): Citations {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const numbers = new Map<string, number>();
  const order: SourceJson[] = [];
  const notes = new Map<string, { n: number; line: string }>();

  const sourceNumber = (id: string) => {
    const s = byId.get(id);
    if (!s) return undefined;
    let n = numbers.get(id);
    if (n === undefined) {
      n = order.length + 1;
      numbers.set(id, n);
      order.push(s);
    }
    return n;
  };

  const sourceText = (s: SourceJson, n: number) =>
    `(${n}) [${md.linkText(s.title)}](${md.url(s.url)}), ${md.text(s.publisher)}, accessed ${md.text(s.accessed)}`;

  return {
    cite(cite) {
      if (!cite) return '';
      const known = [...new Set(cite.sources)].filter((id) => byId.has(id));
      if (known.length === 0) return '';
      const key = JSON.stringify([cite.note, known, cite.evidence]);
      let entry = notes.get(key);
      if (!entry) {
        const n = notes.size + 1;
        const parts: string[] = [];
        if (cite.note.trim() !== '') parts.push(`${md.text(cite.note).replace(/\.?$/, '.')}`);
        if (cite.evidence) parts.push(`Evidence: ${cite.evidence}.`);
        const listed = known.map((id) => sourceText(byId.get(id) as SourceJson, sourceNumber(id) as number));
        parts.push(`Source${listed.length === 1 ? '' : 's'}: ${listed.join('; ')}.`);
        entry = { n, line: `[^${n}]: ${parts.join(' ')}` };
        notes.set(key, entry);
      }
      return `[^${entry.n}]`;
    },
    sourceNumber,
    definitions() {
      if (notes.size === 0) return [];
      const meaning = EVIDENCE_STRENGTHS.map((e) => `${e}: ${EVIDENCE_MEANING[e]}`).join('; ');
      return [
        `Evidence strength, as the footnotes give it: ${md.text(meaning)}.`,
        '',
        ...[...notes.values()].map((e) => e.line),
      ];
    },
    sourceList() {
      for (const s of sources) sourceNumber(s.id);
      return order.map(
        (s, i) =>
          `${i + 1}. [${md.linkText(s.title)}](${md.url(s.url)}), ${md.text(s.publisher)}, accessed ${md.text(s.accessed)} (\`${s.id.replace(/`/g, '')}\`)`,
      );
    },
  };
}
