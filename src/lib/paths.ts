// URLs inside the site, honouring the configurable base path (BASE_PATH at build time).
import { LOCALES, type Locale } from './format';

/** Joins the site's base path and a path inside the site: withBase('/', 'de/') -> '/de/', withBase('/story', 'de/') -> '/story/de/'. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The route parameter of every page in each language: English at the root, other languages in a folder
 *  ("de/"). One page file (src/pages/[...lang]/) serves all languages. */
export function localeRoutes(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: locale === 'en' ? undefined : locale }, props: { locale } }));
}

/** The story page of a language, relative to the base path. */
export function storyPath(locale: Locale): string {
  return locale === 'en' ? '' : `${locale}/`;
}

/** A step's id in the story page, so the fragment of its address (#market-moves-step-3); the presentation's
 *  slides and the share pages name a step by it too. */
export function stepId(sectionId: string, n: number): string {
  return `${sectionId}-step-${n}`;
}

/** A chart's embed page, relative to the base path. */
export function embedPath(locale: Locale, chartId: string): string {
  return `${storyPath(locale)}embed/${chartId}/`;
}

/** A chart's share card (src/pages/og/[locale]/[chart].png.ts), relative to the base path. */
export function shareCardPath(locale: Locale, chartId: string): string {
  return `og/${locale}/${chartId}.png`;
}

/** The page listing every chart's embed code, relative to the base path. */
export function embedIndexPath(locale: Locale): string {
  return `${storyPath(locale)}embed/`;
}

/** The teaching page, relative to the base path. */
export function teachPath(locale: Locale): string {
  return `${storyPath(locale)}teach/`;
}

/** What a chart's island draws, as JSON (src/pages/data/chart/), relative to the base path. */
export function islandDataPath(locale: Locale, chartId: string): string {
  return `data/chart/${locale}/${chartId}.json`;
}

/** A chart's data as CSV (src/pages/data/[chart].csv.ts), relative to the base path. */
export function chartCsvPath(chartId: string): string {
  return `data/${chartId}.csv`;
}

/** The facts registry as CSV (src/pages/data/facts.csv.ts), relative to the base path. */
export const FACTS_CSV_PATH = 'data/facts.csv';

/** The facts page, relative to the base path. */
export function factsPath(locale: Locale): string {
  return `${storyPath(locale)}facts/`;
}

/** The presentation (the story as slides), relative to the base path. */
export function presentPath(locale: Locale): string {
  return `${storyPath(locale)}present/`;
}

/** A chart's share card at one of its steps (src/pages/og/[locale]/[chart]/[step].png.ts), relative to the base path. */
export function stepCardPath(locale: Locale, chartId: string, local: number): string {
  return `og/${locale}/${chartId}/${local}.png`;
}

/** The share address of an embed at one step: a page that carries the step's card and opens the embed there. */
export function embedStepSharePath(locale: Locale, chartId: string, local: number): string {
  return `${embedPath(locale, chartId)}step-${local}/`;
}

/** The share address of one chart step's slide: a page that carries the step's card and opens the slide. */
export function slideSharePath(locale: Locale, slideId: string): string {
  return `${presentPath(locale)}${slideId}/`;
}

/** The share address of one chart step in the story: a page that carries the step's card and opens the story
 *  at the step (#<section>-step-<n>). */
export function storyStepSharePath(locale: Locale, stepId: string): string {
  return `${storyPath(locale)}share/${stepId}/`;
}
