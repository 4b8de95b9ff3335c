// Typography of text a reader sees, per language. Editors may type apostrophes straight (it's, Reuters'):
// they become ’. Quotation marks must be typed as the language writes them, “…” and ‘…’ in English, „…“ and
// ‚…‘ in German; a straight or foreign quote mark is refused with the fix. Dates ("27 January 2025",
// "27. Januar 2025", "March 2020") and names such as "S&P 500" get non-breaking spaces so they never wrap.
import type { Locale } from './format';

const NBSP = '\u00a0';
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

const DAY_MONTH = new RegExp(`\\b(\\d{1,2}\\.?) (${MONTHS})\\b`, 'gu');
const MONTH_YEAR = new RegExp(`\\b(${MONTHS}) (\\d{4})\\b`, 'gu');
const NAMES = /\b(S&P|Nasdaq|Stoxx|STOXX|DAX) (\d+)\b/g;

/** Text as it is printed: apostrophes curled, dates and numbered names held together. */
export function typeset(text: string): string {
  return text
    .replace(/(?<=[\p{L}\p{N}])'/gu, '\u2019')
    .replace(DAY_MONTH, `$1${NBSP}$2`)
    .replace(MONTH_YEAR, `$1${NBSP}$2`)
    .replace(NAMES, `$1${NBSP}$2`);
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
