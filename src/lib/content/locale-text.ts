// Text in one language, as every part of the story renders it: facts printed by the number style (compact
// inside charts), glossary terms explained in place, text from YAML files rendered like the prose. Records
// every fact the language cites, for the editors' report.
import { formatProse } from '../display';
import type { Locale } from '../format';
import { typeset } from '../typography';
import { ui } from '../../i18n/ui';
import type { ContentError } from './errors';
import { renderSectionBody } from './markdown';
import type { ContentInput } from './model';
import type { Shared } from './shared';

export interface LocaleText {
  input: ContentInput;
  locale: Locale;
  shared: Shared;
  errors: ContentError[];
  /** Every fact this language cites anywhere (prose, chart descriptions, glossary, teaching page). */
  citedFacts: Set<string>;
  /** How a fact prints in this language; compact for text drawn in charts (German "Mrd. $"). */
  factPrinter(compact?: boolean): (id: string) => { value: number; print(options: { abs?: boolean; bare?: boolean; exact?: boolean }): string } | undefined;
  /** A glossary term as the prose explains it in place. */
  term(id: string): { definition: string; href: string; linkText: string; title: string } | undefined;
  /** Text from a YAML file (chart descriptions and notes, glossary, teaching page), with facts cited like the prose. */
  renderText(text: string, file: string, field: string, inline?: boolean, compact?: boolean): string;
}

export function localeText(input: ContentInput, locale: Locale, shared: Shared, errors: ContentError[]): LocaleText {
  const citedFacts = new Set<string>();
  const factPrinter = (compact = false) => (id: string) => {
    const f = shared.facts[id];
    return (
      f && {
        value: f.value,
        print: (options: { abs?: boolean; bare?: boolean; exact?: boolean }) =>
          formatProse({ value: f.value, unit: f.unit, decimals: f.decimals }, locale, { ...options, override: f.display, compact }),
      }
    );
  };
  const renderText = (text: string, file: string, field: string, inline = false, compact = false) => {
    const { body, errors: found } = renderSectionBody(text, { file, locale, lineOffset: 0, fact: factPrinter(compact), term, idPrefix: field.replace(/\W+/g, '-') });
    body.facts.forEach((f) => citedFacts.add(f));
    errors.push(...found.map((e) => ({ ...e, line: undefined, field })));
    const html = body.blocks.map((b) => (b.kind === 'prose' ? b.html : '')).join('');
    return inline ? html.replace(/^<p>([\s\S]*)<\/p>$/, '$1') : html;
  };
  const term = (id: string) => {
    const entry = shared.glossary[id];
    return entry && { definition: renderText(entry[locale].definition, input.glossaryFile, `${id}.${locale}.definition`, true), href: `teach/#term-${id}`, linkText: ui(locale).glossary, title: typeset(entry[locale].term) };
  };
  return { input, locale, shared, errors, citedFacts, factPrinter, term, renderText };
}
