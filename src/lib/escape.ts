// Text between HTML and plain strings: escaped for HTML and SVG written by hand, and read back out of HTML.
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/** HTML as plain text: tags dropped, entities read, spaces folded. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
    )
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** HTML without the definitions of glossary terms (their popovers), whose text belongs to the term in place. */
export const withoutTermDefs = (html: string): string => html.replace(/<span class="term-def"[\s\S]*?<\/span><\/span>/g, '');

/** Abbreviations that end in a full stop inside a sentence ("80 Mrd. Dollar", "Alphabet Inc. and", "Sept. 2024"). */
const ABBREVIATIONS = 'Mrd|Mio|Bio|Tsd|Nr|ca|bzw|vgl|ggf|inkl|zzgl|Dr|Prof|Mr|Mrs|Ms|St|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec';
const MONTHS_DE = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const SENTENCE_END = new RegExp(
  `(?<=[.!?…][”“"’‘)]?)(?<!(?:^|[\\s(])(?:${ABBREVIATIONS}|\\p{L})\\.)(?<!(?:^|[\\s(])\\d{1,2}\\.(?=\\s+(?:${MONTHS_DE})\\b))\\s+(?=[\\p{Lu}„“"‘(0-9])`,
  'u',
);

/** Plain text cut into sentences: after . ! ? or … (and a closing quote or bracket), where the next begins
 *  with a capital, a quote, a bracket or a digit; not after an abbreviation, an initial ("z. B.", "J. P.")
 *  or a German day before its month ("am 3. Januar"). */
export const sentencesOf = (text: string): string[] => text.split(SENTENCE_END);

/** A step's opening as plain text, for a card's title: its first sentences, as many as it takes to say
 *  something (40 characters: "The drop." alone does not); glossary definitions left out. */
export function stepLead(html: string): string {
  let lead = '';
  for (const sentence of sentencesOf(plainText(withoutTermDefs(html)))) {
    lead = lead ? `${lead} ${sentence}` : sentence;
    if (lead.length >= 40) break;
  }
  return lead;
}
