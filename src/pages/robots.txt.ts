// /robots.txt: everything may be crawled; the sitemap is named when the site's address is known.
import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `Sitemap: ${new URL(withBase(import.meta.env.BASE_URL, 'sitemap.xml'), site).href}\n` : ''}`, {
    headers: { 'content-type': 'text/plain' },
  });
