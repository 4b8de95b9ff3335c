// The editors' report, printed by `npm run check` and the dev server: facts no page cites, sources nothing
// refers to, facts or sources cited in one language only, and charts whose source line is too long for a
// phone. Advice, never an error.
import { LOCALES, type Locale } from '../format';
import type { SectionModel } from './model';
import { sourceNames } from '../source-line';
import type { Shared } from './shared';

/** About the most characters of a source line that fit two lines of a phone's sticky caption at 390 px
 *  (measured: 111 characters of German publishers fit, 167 took four lines); a longer line is not cut, but
 *  each further line it takes is taken from the chart above it (src/styles/story.css). */
export const SOURCE_LINE_CHARS = 115;

export interface ContentReport {
  /** Facts no page cites, in either language. */
  unusedFacts: string[];
  /** Sources nothing refers to: no fact, section, chart or data row. */
  unusedSources: string[];
  /** Facts or sources cited in one language only. */
  oneLanguage: { kind: 'fact' | 'source'; id: string; only: Locale }[];
  /** Charts whose source line (their credit, else their sources' publishers joined) is longer than a phone
   *  shows: each with its length in each language where it is too long. */
  longSourceLines: { chart: string; locale: Locale; chars: number }[];
}

/** What an editor may want to tidy: unused facts and sources, citations in one language only, and source
 *  lines longer than a phone shows. */
export function reportOf(shared: Shared, locales: Record<Locale, { citedFacts: Set<string>; sections: SectionModel[] }>): ContentReport {
  const factsIn = (l: Locale) => locales[l].citedFacts;
  const sourcesIn = (l: Locale) => new Set(locales[l].sections.flatMap((s) => s.sources));
  const used = new Set<string>([
    ...Object.values(shared.facts).map((f) => f.source),
    ...[...shared.charts.values()].flatMap((c) => [...c.meta.sources, ...c.rows.map((r) => r.source)]),
    ...LOCALES.flatMap((l) => [...sourcesIn(l)]),
  ]);
  const oneLanguage: ContentReport['oneLanguage'] = [];
  const [a, b] = LOCALES as [Locale, Locale];
  for (const [here, there] of [[a, b], [b, a]] as const) {
    for (const id of factsIn(here)) if (!factsIn(there).has(id)) oneLanguage.push({ kind: 'fact', id, only: here });
    for (const id of sourcesIn(here)) if (!sourcesIn(there).has(id)) oneLanguage.push({ kind: 'source', id, only: here });
  }
  const longSourceLines: ContentReport['longSourceLines'] = [];
  for (const [chart, { meta }] of shared.charts)
    for (const locale of LOCALES) {
      const line = sourceNames({ sources: meta.sources, credit: meta.credit?.[locale] }, shared.sources, locale).join('; ');
      if (line.length > SOURCE_LINE_CHARS) longSourceLines.push({ chart, locale, chars: line.length });
    }
  return {
    unusedFacts: Object.keys(shared.facts).filter((id) => LOCALES.every((l) => !factsIn(l).has(id))),
    unusedSources: Object.keys(shared.sources).filter((id) => !used.has(id)),
    oneLanguage,
    longSourceLines,
  };
}

export function formatContentReport(r: ContentReport): string {
  const lines: string[] = [];
  if (r.unusedFacts.length) lines.push(`Facts no page cites (content/facts.yaml): ${r.unusedFacts.join(', ')}`);
  if (r.unusedSources.length) lines.push(`Sources nothing refers to (content/sources.yaml): ${r.unusedSources.join(', ')}`);
  for (const o of r.oneLanguage) lines.push(`The ${o.kind} "${o.id}" is cited only in ${o.only}`);
  for (const l of r.longSourceLines)
    lines.push(`The source line under the chart "${l.chart}" has ${l.chars} characters in ${l.locale}, and about ${SOURCE_LINE_CHARS} fit two lines of a phone's caption: give it a shorter "credit" (content/data/${l.chart}.yaml, see content/README.md)`);
  return lines.length ? `Content report:\n${lines.map((l) => `  - ${l}`).join('\n')}` : 'Content report: every fact and source is used, in both languages.';
}
