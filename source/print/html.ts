/**
 * A Markdown document as one self-contained HTML page (inline style, no
 * scripts, no external requests), rendered by marked with GFM footnotes
 * (marked-footnote), for pasting into wikis and documents. The Markdown
 * printers already escape every piece of data; as a second guard, raw HTML
 * other than `<br>` is written as text and links other than http(s) and
 * in-page anchors lose their target. Loaded only when HTML is asked for.
 */
import { Marked, type Tokens } from 'marked';
import markedFootnote from 'marked-footnote';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1f2328;background:#fff}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;vertical-align:top}
th{background:#f6f8fa}code{font-size:90%}a{color:#0969da}.footnotes{font-size:90%;border-top:1px solid #d0d7de;margin-top:2rem}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}th{background:#161b22}th,td{border-color:#30363d}a{color:#4493f8}}`;

function markdownParser(): Marked {
  const marked = new Marked({ gfm: true });
  marked.use(markedFootnote());
  marked.use({
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag) {
        return /^<br\s*\/?>$/i.test(token.text.trim()) ? '<br>' : escapeHtml(token.text);
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        if (!/^(https?:\/\/|#)/i.test(token.href)) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(token.href)}"${title}>${text}</a>`;
      },
    },
  });
  return marked;
}

/** The page: the document's first heading as its title. */
export function renderHtmlPage(markdown: string): string {
  const title = /^# (.*)$/m.exec(markdown)?.[1] ?? 'trainscape';
  const body = markdownParser().parse(markdown, { async: false }) as string;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="trainscape">
<title>${escapeHtml(title.replace(/\\(.)/g, '$1'))}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
${body.trim()}
</main>
</body>
</html>
`;
}
