// The receipt behind every figure of the story (the facts page, /facts/): the figure as prose prints it and
// with every digit, the day it describes, its source, for a calculated figure the formula with each input's
// value (each input a figure with a receipt of its own), for a figure read from a chart the chart and row,
// and every sentence of the story that cites it, linked to its section or step. Pure: from the story model.
import { tokenize, type CalcToken } from './content/calc';
import type { ResolvedFact, SectionModel, StoryModel } from './content/model';
import { formatExact, formatProse } from './display';
import { plainText as plain, sentencesOf, withoutTermDefs } from './escape';
import { typeset } from './typography';
import { formatDate, type Locale } from './format';
import { stepId } from './paths';

export interface Citation {
  sectionId: string;
  sectionTitle: string;
  /** The section's or step's anchor in the story ("market-moves-step-3"). */
  anchor: string;
  /** The sentence that cites the figure, as plain text. */
  sentence: string;
}

export interface FactReceipt {
  id: string;
  /** As prose prints it ("$592.7bn") and with every digit ("$592.7bn" or "$592,651,580,000"). */
  figure: string;
  exact: string;
  /** The day the figure describes, formatted; empty when not given. */
  asOf: string;
  /** A source id (content/sources.yaml). */
  source: string;
  /** A calculated figure: its formula with each input's value, the same cut into parts (an input's value
   *  names its fact, so that it can link to its receipt), and the inputs. */
  calc?: { text: string; parts: CalcPart[]; inputs: string[] };
  /** A figure read from a chart's data: the chart and the row. */
  from?: { chart: string; row: string };
  citedIn: Citation[];
}

/** A piece of a written-out calculation: text, or an input's value with its fact id. */
export interface CalcPart {
  text: string;
  id?: string;
  /** The figure calculated, after " = ". */
  result?: true;
}

const OPS: Record<string, string> = { '-': '\u2212', '*': '\u00d7', '/': '\u00f7', '+': '+', '(': '(', ')': ')' };

/** Every fact of the story, in the order the story first cites it (uncited ones, used only by others' formulas, last). */
export function factReceipts(story: StoryModel): FactReceipt[] {
  const { facts, locale } = story;
  const citations = new Map<string, Citation[]>();
  for (const section of story.sections)
    for (const { html, anchor } of textsOf(section))
      for (const [id, sentence] of citedSentences(html))
        citations.set(id, [...(citations.get(id) ?? []), { sectionId: section.id, sectionTitle: section.title, anchor, sentence }]);
  const order = [...citations.keys(), ...Object.keys(facts).filter((id) => !citations.has(id))];
  const exact = (f: ResolvedFact) => formatExact(f, locale);
  return order
    .filter((id) => facts[id])
    .map((id) => {
      const f = facts[id]!;
      const tokens = f.calc ? tokenize(f.calc) : undefined;
      const calc = tokens && typeof tokens !== 'string' ? calcOf(tokens, f, exact, facts) : undefined;
      const [chart, row] = f.from?.split('/') ?? [];
      return {
        id,
        figure: formatProse(f, locale, { override: f.display }),
        exact: exact(f),
        asOf: f.asOf ? formatDate(f.asOf, locale) : '',
        source: f.source,
        calc,
        from: chart && row ? { chart, row } : undefined,
        citedIn: citations.get(id) ?? [],
      };
    });
}

/** A formula written out with each input's value: "($142.62 − $118.42) × 24.49bn = $592.7bn". */
function calcOf(tokens: CalcToken[], f: ResolvedFact, exact: (f: ResolvedFact) => string, facts: StoryModel['facts']): NonNullable<FactReceipt['calc']> {
  const parts: CalcPart[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && !(prev.kind === 'op' && prev.op === '(') && !(t.kind === 'op' && t.op === ')')) parts.push({ text: ' ' });
    const input = t.kind === 'id' ? facts[t.id] : undefined;
    parts.push(input ? { text: exact(input), id: input.id } : { text: t.kind === 'id' ? t.id : t.kind === 'num' ? String(t.value) : OPS[t.op]! });
  });
  parts.push({ text: ' = ' }, { text: exact(f), result: true });
  return { text: parts.map((p) => p.text).join(''), parts, inputs: parts.flatMap((p) => (p.id ? [p.id] : [])) };
}

/** A section's texts with the anchor a reader lands on: its prose at the section, each step at the step. */
export function textsOf(section: SectionModel): { html: string; anchor: string }[] {
  return section.blocks.flatMap((b) => (b.kind === 'prose' ? [{ html: b.html, anchor: section.id }] : b.steps.map((s) => ({ html: s.html, anchor: stepId(section.id, s.n) }))));
}

/** A cited figure in the story's HTML (markdown.ts): its fact id and its printed text. */
export const FACT = /<span class="fact[^"]*" data-fact="([^"]+)"[^>]*>([\s\S]*?)<\/span>/g;

/** Each fact cited in a piece of HTML, with the sentence that cites it (the first, where a text cites it twice),
 *  without the glossary's definitions of its terms. */
export function citedSentences(html: string): [id: string, sentence: string][] {
  const out = new Map<string, string>();
  for (const paragraph of html.split(/<\/(?:p|li|blockquote|h\d)>/)) {
    const ids = [...paragraph.matchAll(FACT)].map((m) => m[1]!);
    if (!ids.length) continue;
    for (const id of ids) {
      if (out.has(id)) continue;
      // the paragraph as text, the figure marked, cut into sentences
      const marked = paragraph.replace(FACT, (_all, fid: string, inner: string) => (fid === id ? `\u0001${inner}\u0002` : inner));
      const text = plain(withoutTermDefs(marked));
      const sentence = sentencesOf(text).find((s) => s.includes('\u0001')) ?? text;
      // (typeset again: the figures printed into it are held together by their spans' styles, which a quote loses)
      out.set(id, typeset(sentence.replace(/[\u0001\u0002]/g, '').trim()));
    }
  }
  return [...out];
}

/** A row of /data/facts.csv. */
export interface FactCsvRow {
  id: string;
  value: string;
  unit: string;
  as_of: string;
  source: string;
  calc: string;
  from: string;
  printed: string;
}

/** The facts registry as CSV rows (for /data/facts.csv): every digit, as written. */
export function factsCsvRows(story: StoryModel, locale: Locale = story.locale): FactCsvRow[] {
  return Object.values(story.facts).map((f) => ({
    id: f.id,
    value: f.value.toFixed(f.decimals),
    unit: f.unit,
    as_of: f.asOf ?? '',
    source: f.source,
    calc: f.calc ?? '',
    from: f.from ?? '',
    printed: formatProse(f, locale, { override: f.display }),
  }));
}
