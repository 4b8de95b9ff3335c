// Text as printed (typography.ts typeset), and a paragraph's last two words held on one line (holdLastWords),
// in plain text and in rendered markdown, where the last words may be a fact or a glossary term.
import { describe, expect, it } from 'vitest';
import { holdLastWords, lastWordsBreak, typeset } from '../../src/lib/typography';
import { renderSectionBody, type BodyContext } from '../../src/lib/content/markdown';

const NB = '\u00a0';

describe('typeset', () => {
  it.each([
    ['a straight apostrophe curls', "Reuters' count, it's", 'Reuters\u2019 count, it\u2019s'],
    ['a date is held together', 'on 27 January 2025', `on 27${NB}January${NB}2025`],
    ['a German date too', 'am 27. Januar', `am 27.${NB}Januar`],
    ['a numbered index name', 'the S&P 500 fell', `the S&P${NB}500 fell`],
    // in neither web font: the fonts' hyphen-minus, held to the next letter where it must not break
    ['a non-breaking hyphen', 'AI\u2011exposed', 'AI-\u2060exposed'],
    ['a Unicode hyphen', 'sell\u2010off', 'sell-off'],
    ['a hyphen-minus stays', 'sell-off day', 'sell-off day'],
    // no line ends in a stub of two or three letters and a hyphen
    ['a short abbreviation holds its hyphen', 'in US-Dollar, KI\u2010Boom', 'in US-\u2060Dollar, KI-\u2060Boom'],
    ['a short word holds its hyphen, a longer one does not', 'a one-day loss, end-of-day, sell-offs', 'a one-\u2060day loss, end-\u2060of-\u2060day, sell-offs'],
    ['a longer one does not', 'NVDA-Aktie, Nasdaq-Index', 'NVDA-Aktie, Nasdaq-Index'],
    // nor a line in "(dt." or "z."
    ['a short abbreviation holds its word', 'Microsoft (dt. Bericht), z. B. rd. 7', `Microsoft (dt.${NB}Bericht), z.${NB}B. rd.${NB}7`],
    ['a word that ends a sentence does not', 'as it did. Then, und. Dann', 'as it did. Then, und. Dann'],
    // nor one inside short brackets
    ['two short words in brackets hold', 'Microsoft (German report)', `Microsoft (German${NB}report)`],
    ['a number holds its unit', 'rund 279 Mrd. US-Dollar, (2005, 23,15 %), auf 434,56 US-Dollar, 5 Prozent', `rund 279${NB}Mrd.${NB}US-\u2060Dollar, (2005, 23,15${NB}%), auf 434,56${NB}US-\u2060Dollar, 5${NB}Prozent`],
    ['in English too', 'some 5 per cent, 12 billion dollars', `some 5${NB}per cent, 12${NB}billion dollars`],
    ['but not a word that only begins like one', '5 Dollarscheine, 3 Eurozone, 2025 Millionenstadt', '5 Dollarscheine, 3 Eurozone, 2025 Millionenstadt'],
    ['longer brackets may break', '(as quoted by GuruFocus)', '(as quoted by GuruFocus)'],
  ])('%s', (_, text, printed) => {
    expect(typeset(text)).toBe(printed);
  });
});

describe('holdLastWords', () => {
  it.each([
    ['two short words', 'It fell.', `It${NB}fell.`],
    ['the last space only', 'Shares fell hard on Monday.', `Shares fell hard on${NB}Monday.`],
    ['a run of spaces or a line break', 'It fell\n  hard.', `It fell${NB}hard.`],
    ['trailing space kept', 'It fell hard. ', `It fell${NB}hard. `],
    ['one word', 'Fell.', 'Fell.'],
    ['nothing', '', ''],
    ['a tail of 24 characters', 'So: abcdefghijk lmnopqrstuvw', `So: abcdefghijk${NB}lmnopqrstuvw`],
    ['a tail of 25 characters, too long to hold on a narrow card', 'So: abcdefghijkl lmnopqrstuvw', 'So: abcdefghijkl lmnopqrstuvw'],
    ['words already held count as one', `It fell on 27${NB}January`, `It fell on${NB}27${NB}January`],
  ])('%s', (_, text, held) => {
    expect(holdLastWords(text)).toBe(held);
  });

  it('points at the whole break before the last word', () => {
    expect(lastWordsBreak('a b \n c')).toEqual([3, 6]);
    expect(lastWordsBreak(' word')).toBeUndefined();
  });
});

describe('paragraph ends in rendered markdown', () => {
  const ctx: BodyContext = {
    file: 'content/story/en/x.md',
    locale: 'en',
    lineOffset: 0,
    fact: (id) => (id === 'loss' ? { value: -16.97, print: () => '16.97%' } : undefined),
    term: (id) => (id === 'capex' ? { definition: 'Money spent on buildings and machines for years to come.', href: 'teach/#term-capex', linkText: 'Glossary', title: 'Capex' } : undefined),
  };
  const html = (md: string) => (renderSectionBody(md, ctx).body.blocks[0] as { html: string }).html;

  it.each([
    ['text', 'Nvidia fell the most.', `<p>Nvidia fell the${NB}most.</p>`],
    ['a fact as the last word', 'Nvidia fell :fact[loss].', `<p>Nvidia fell${NB}<span class="fact" data-fact="loss">16.97%</span>.</p>`],
    ['emphasis around the last words', 'Nvidia fell *the most*.', `<p>Nvidia fell <em>the${NB}most</em>.</p>`],
  ])('holds %s', (_, md, expected) => {
    expect(html(md)).toBe(expected);
  });

  it('counts a glossary term by its words, not its definition, and holds the space before it', () => {
    const out = html('Big Tech raised its :term[capex]{#capex}');
    expect(out.startsWith(`<p>Big Tech raised its${NB}<button`)).toBe(true);
  });

  it('leaves a space inside a fact alone', () => {
    const out = renderSectionBody('It lost :fact[loss].', { ...ctx, fact: () => ({ value: 1, print: () => '1 trillion dollars' }) }).body.blocks[0] as { html: string };
    expect(out.html).toBe(`<p>It lost <span class="fact" data-fact="loss">1 trillion dollars</span>.</p>`);
  });
});
