// URLs inside the site, honouring the configurable base path (BASE_PATH at build time).
import type { Locale } from './format';

/** Joins the site's base path and a path inside the site: withBase('/', 'de/') -> '/de/', withBase('/story', 'de/') -> '/story/de/'. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The story page of a language, relative to the base path. */
export function storyPath(locale: Locale): string {
  return locale === 'en' ? '' : `${locale}/`;
}
