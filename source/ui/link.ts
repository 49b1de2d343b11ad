/** OSC 8 hyperlinks: clickable where the terminal supports them, plain text where it may not. */

/** Whether links may be drawn as OSC 8 escapes in this environment. */
export function hyperlinksSupported(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'dumb') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_HYPERLINK === '0') return false;
  return true;
}

/**
 * The address a link may carry: the URL parsed, http(s) only, and written back
 * by the URL parser (`href`: host in punycode, everything else percent-encoded),
 * which must then be printable ASCII. Bidi, zero-width and tag characters in
 * the data's URL so end up as visible `%E2%80%AE`-style escapes, never raw.
 */
export function linkTarget(url: string): string | undefined {
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    href = parsed.href;
  } catch {
    return undefined;
  }
  return /^[\x21-\x7e]+$/.test(href) && href.length <= 2048 ? href : undefined;
}

/** Text wrapped in an OSC 8 link to `url`, or the text alone when links are off or the URL does not parse. */
export function hyperlink(text: string, url: string, enabled: boolean): string {
  const target = enabled ? linkTarget(url) : undefined;
  if (target === undefined) return text;
  return `\u001b]8;;${target}\u0007${text}\u001b]8;;\u0007`;
}
