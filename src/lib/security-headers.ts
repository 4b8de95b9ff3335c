// The headers file for static hosts (dist/_headers, the format of Netlify and Cloudflare Pages), written
// after the build from the pages themselves: every page's own Content-Security-Policy (the one Astro wrote
// into its <meta>, with its hashes) plus frame-ancestors, which only a header can carry: embed pages may be
// framed by any site, no other page by any. Every file gets nosniff and a referrer policy.

export interface BuiltPage {
  /** The page's address, from the site's root ("/", "/de/embed/margins/"). */
  path: string;
  html: string;
}

/** The policy a page's <meta http-equiv="content-security-policy"> carries, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/** An embed page of one chart ("/de/embed/margins/"), which other sites may frame. */
export const isEmbed = (path: string, base: string): boolean => path.startsWith(base) && /^([a-z]{2}\/)?embed\/[^/]+\/$/.test(path.slice(base.length));

export function headersFile(pages: BuiltPage[], base = '/'): string {
  const lines = [`${base.replace(/\/$/, '')}/*`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', ''];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const policy = metaPolicy(page.html);
    if (!policy) throw new Error(`${page.path} has no Content-Security-Policy <meta>`);
    const ancestors = isEmbed(page.path, base) ? '*' : "'none'";
    lines.push(page.path, `  Content-Security-Policy: ${policy.replace(/;\s*$/, '').replace(/;\s*/g, '; ')}; frame-ancestors ${ancestors}`, '');
  }
  return lines.join('\n');
}
