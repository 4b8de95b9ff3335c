// Typography of text a reader sees, per language. Editors may type apostrophes straight (it's, Reuters'):
// they become ’. Quotation marks must be typed as the language writes them, “…” and ‘…’ in English, „…“ and
// ‚…‘ in German; a straight or foreign quote mark is refused with the fix. Dates ("27 January 2025",
// "27. Januar 2025", "March 2020"), names such as "S&P 500", short abbreviations ("dt. Bericht", "z. B.") and two
// short words in brackets ("(German report)"), a number and its unit ("23,15 %") get non-breaking spaces so they
// never wrap, and a hyphen after a word of two or three letters ("one-day", "US-Dollar") is held to the word after it.
// A paragraph's last two words are held together, so that no paragraph ends on a lone word. The hyphens
// U+2010 and U+2011 (non-breaking), which editors' keyboards and word processors type, are in neither web
// font, so the browser would draw them from a system face: they become the fonts' own hyphen-minus, held
// to the next letter by a word joiner (U+2060, drawn by no font) where the hyphen was non-breaking.
import type { Locale } from './format';
import { WORD_JOINER } from './word-joiner';

const NBSP = '\u00a0';
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

const DAY_MONTH = new RegExp(`\\b(\\d{1,2}\\.?) (${MONTHS})\\b`, 'gu');
const MONTH_YEAR = new RegExp(`\\b(${MONTHS}) (\\d{4})\\b`, 'gu');
const NAMES = /\b(S&P|Nasdaq|Stoxx|STOXX|DAX) (\d+)\b/g;
/** A hyphen after a word of two or three letters ("one-day", "pre-training", "US-Dollar", "KI-Boom"): a line
 *  ending in "one-" or "US-" leaves the reader a stub to carry (a section title broke "one-/day"), so the
 *  hyphen is held to the word after it. */
const SHORT_WORD_HYPHEN = /(?<![\p{L}\p{N}])(\p{L}{2,3})-(?=\p{L})/gu;
/** A short abbreviation with a full stop is held to the word after it: no line ends in "(dt." or "z.", nor
 *  "279 Mrd." before its "US-Dollar". */
const ABBREVIATION_STOP = /(?<![\p{L}\p{N}])(ca|dt|engl|rd|vgl|bzw|Nr|z|u|d|Mrd|Mio|Bio)\. (?=[\p{L}\p{N}])/gu;
/** A number typed by hand is held to the unit after it ("23,15 %", "434,56 US-Dollar", "279 Mrd."), as the
 *  figures printed from facts are. */
const NUMBER_UNIT = /(?<=\d) (?=(?:%|Prozent|per cent|percent|Mrd\.|Mio\.|Bio\.|Milliarden|Millionen|Billionen|billion|million|trillion|(?:US-\u2060?)?Dollar|Euro)(?!\p{L}))/gu;
/** Two words in brackets, 18 characters at most with them, are held together: "Microsoft (German / report)"
 *  broke inside its brackets. */
const SHORT_BRACKETS = /\(([^()\s]+) ([^()\s]+)\)/gu;

/** Text as it is printed: apostrophes curled, dates and numbered names held together. */
export function typeset(text: string): string {
  return text
    .replace(/(?<=[\p{L}\p{N}])'/gu, '\u2019')
    .replace(DAY_MONTH, `$1${NBSP}$2`)
    .replace(MONTH_YEAR, `$1${NBSP}$2`)
    .replace(NAMES, `$1${NBSP}$2`)
    .replace(/\u2011/gu, `-${WORD_JOINER}`)
    .replace(/\u2010/gu, '-')
    .replace(SHORT_WORD_HYPHEN, `$1-${WORD_JOINER}`)
    .replace(ABBREVIATION_STOP, `$1.${NBSP}`)
    .replace(NUMBER_UNIT, NBSP)
    .replace(SHORT_BRACKETS, (all: string, a: string, b: string) => (all.length > 18 ? all : `(${a}${NBSP}${b})`));
}

/** The most characters a paragraph's last two words (with what follows them) may have to be held on one
 *  line: longer, and a step card on a 320 px phone would have to break inside them. */
const HELD_TAIL = 24;

/** Where a paragraph's last line is held to two words: the start and end of the space before its last word,
 *  or undefined when it has one word or the two are too long to hold. This does at build time what
 *  `text-wrap: pretty` does in the browser, where it made the story's first layout twice as long (it breaks
 *  every paragraph's lines again), and in every browser, not only those that know it. */
export function lastWordsBreak(text: string): [number, number] | undefined {
  const breaks = [...text.trimEnd().matchAll(/[ \t\r\n]+/g)];
  const last = breaks.at(-1);
  if (!last || last.index === 0) return undefined;
  const wordStart = (breaks.at(-2)?.index ?? -1) + (breaks.at(-2)?.[0].length ?? 1);
  return text.trimEnd().length - wordStart <= HELD_TAIL ? [last.index, last.index + last[0].length] : undefined;
}

/** Plain text whose last two words are held together (lastWordsBreak). */
export function holdLastWords(text: string): string {
  const at = lastWordsBreak(text);
  return at ? text.slice(0, at[0]) + NBSP + text.slice(at[1]) : text;
}

/** The quote marks a language uses, for messages. */
export const QUOTES: Record<Locale, string> = { en: '“…” or ‘…’', de: '„…“ or ‚…‘' };

/** Marks that do not belong in a language's text: straight quotes, and the other language's marks. */
const FOREIGN: Record<Locale, RegExp> = { en: /[„‚]/u, de: /[”]/u };

/** Problems with the quote marks in a piece of text, as plain messages (empty when all is well). */
export function quoteProblems(text: string, locale: Locale): string[] {
  const problems: string[] = [];
  if (text.includes('"')) problems.push(`a straight quote mark (") is in the text; write ${QUOTES[locale]}`);
  if (/(?<![\p{L}\p{N}])'/u.test(text)) problems.push(`a straight quote mark (') opens a quotation; write ${QUOTES[locale]}`);
  const foreign = FOREIGN[locale].exec(text);
  if (foreign) problems.push(`the quote mark ${foreign[0]} is not ${locale === 'en' ? 'English' : 'German'}; write ${QUOTES[locale]}`);
  return problems;
}
