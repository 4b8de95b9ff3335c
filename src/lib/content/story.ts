// Content in, story out: validates raw content (frontmatter, facts, sources, chart CSVs), checks every
// cross-reference and both languages against each other, and builds the typed story a page renders.
// Pure: the readers (Astro collections for pages, the file system for `npm run check`) hand it plain data.
// The parts: shared.ts (facts, sources, datasets), sections.ts, meta.ts and teach.ts (one language each,
// with locale-text.ts), parity.ts (the languages compared), report.ts (the editors' report).
import { LOCALES, type Locale } from '../format';
import { formatContentErrors, type ContentError } from './errors';
import { localeText } from './locale-text';
import { buildMeta } from './meta';
import type { ContentInput, StoryModel } from './model';
import { compareLocales } from './parity';
import { reportOf, type ContentReport } from './report';
import { buildSections } from './sections';
import { parseShared } from './shared';
import { buildTeach } from './teach';

function buildLocale(input: ContentInput, locale: Locale, shared: ReturnType<typeof parseShared>, errors: ContentError[]) {
  const text = localeText(input, locale, shared, errors);
  const { sections, stepLines } = buildSections(text);
  return { sections, stepLines, teach: buildTeach(text, sections), meta: buildMeta(text), citedFacts: text.citedFacts };
}

function buildAll(input: ContentInput) {
  const errors: ContentError[] = [];
  const shared = parseShared(input, errors);
  // a chart's data that could not be read is reported alone: what uses it would fail only because of it
  if (shared.datasetsBroken !== undefined) return { errors: errors.slice(0, shared.datasetsBroken), shared, locales: undefined };
  const locales = Object.fromEntries(LOCALES.map((l) => [l, buildLocale(input, l, shared, errors)])) as Record<Locale, ReturnType<typeof buildLocale>>;
  compareLocales(
    input,
    Object.fromEntries(LOCALES.map((l) => [l, locales[l].sections])) as Record<Locale, StoryModel['sections']>,
    Object.fromEntries(LOCALES.map((l) => [l, locales[l].stepLines])) as Record<Locale, Map<string, number[][]>>,
    errors,
  );
  return { errors, shared, locales };
}

/** The story in one language; throws with every content problem when anything is wrong. */
export function buildStory(input: ContentInput, locale: Locale): StoryModel {
  return buildContent(input).stories[locale];
}

/** Everything built from the content in one pass: the story in every language and the editors' report.
 *  Throws with every content problem when anything is wrong. */
export function buildContent(input: ContentInput): { stories: Record<Locale, StoryModel>; report: ContentReport } {
  const { errors, locales, shared } = buildAll(input);
  if (errors.length > 0 || !locales) throw new ContentCheckError(errors);
  const stories = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      { locale, meta: locales[locale].meta, sections: locales[locale].sections, sources: shared.sources, facts: shared.facts, teach: locales[locale].teach },
    ]),
  ) as Record<Locale, StoryModel>;
  return { stories, report: reportOf(shared, locales) };
}

export class ContentCheckError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(formatContentErrors(errors));
    this.name = 'ContentCheckError';
  }
}
