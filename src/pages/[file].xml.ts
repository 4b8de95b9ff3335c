// /sitemap.xml, built only when the site's address is known (SITE_URL): the story, the teaching page and the facts page
// in both languages, each with its language alternates. Embed pages are left out (they are noindex).
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES } from '../lib/format';
import { factsPath, presentPath, storyPath, teachPath, withBase } from '../lib/paths';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { file: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site!).href;
  const pages = [storyPath, teachPath, factsPath, presentPath].flatMap((pathOf) =>
    LOCALES.map((locale) => {
      const alternates = LOCALES.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${url(pathOf(l))}"/>`).join('\n');
      return `  <url>\n    <loc>${url(pathOf(locale))}</loc>\n${alternates}\n  </url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${pages.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
