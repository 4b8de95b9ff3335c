// Pull quotes (:::quote), a translation's original (::original), the two-part correction (::reported,
// ::actual) and the glossary card: how they render, and the content errors they raise, with file and line.
import { describe, expect, it } from 'vitest';
import { renderSectionBody, type BodyContext } from '../../src/lib/content/markdown';

const ctx = (locale: 'en' | 'de' = 'en', lineOffset = 0): BodyContext => ({
  file: `content/story/${locale}/08-reactions.md`,
  locale,
  lineOffset,
  fact: (id) => (id === 'loss' ? { value: -16.97, print: ({ abs }) => (abs ? '16.97%' : '\u221216.97%') } : undefined),
  source: (id) => (id === 'altman-x' || id === 'ceo-on-x' ? { href: 'https://example.com/altman' } : undefined),
  term: (id) => (id === 'token' ? { definition: 'A piece of a word.', href: 'teach/#term-token', linkText: 'Glossary', title: 'API tokens' } : undefined),
});

const render = (body: string, locale: 'en' | 'de' = 'en', lineOffset = 0) => renderSectionBody(body, ctx(locale, lineOffset));
const html = (body: string, locale: 'en' | 'de' = 'en') => {
  const { body: b, errors } = render(body, locale);
  expect(errors).toEqual([]);
  return b.blocks.map((x) => (x.kind === 'prose' ? x.html : '')).join('');
};

const ALTMAN = `:::quote{speaker="Sam Altman" role="Chief executive, OpenAI" channel="on X" time="evening of 27 January 2025" source="altman-x"}
it's legit invigorating to have a new competitor!
:::`;

describe(':::quote', () => {
  it('renders a figure: the words in a blockquote, speaker and details in the caption, the channel linked to the source', () => {
    const out = html(ALTMAN);
    expect(out).toContain('<figure class="pull-quote"><blockquote cite="https://example.com/altman"><p>it’s legit invigorating to have a new\u00a0competitor!</p></blockquote>');
    expect(out).toContain('<figcaption><span class="pull-quote-speaker">Sam Altman</span>');
    expect(out).toContain('<span>Chief executive, OpenAI</span><span><a href="https://example.com/altman">on X</a></span><span>evening of 27\u00a0January\u00a02025</span>');
    expect(out).not.toContain('pull-quotes');
  });

  it('names the quote’s source among the section’s sources', () => {
    expect(render(ALTMAN).body.sources).toEqual(['altman-x']);
  });

  it('looks its source up as typed (an id is not typeset: "ceo-on-x" keeps its hyphens bare)', () => {
    const { body, errors } = render(`:::quote{speaker="A" channel="on X" time="27 January 2025" source="ceo-on-x"}\nWords.\n:::`);
    expect(errors).toEqual([]);
    expect(body.sources).toEqual(['ceo-on-x']);
  });

  it('sets two quotes in a row side by side (one group), but not quotes with text between them', () => {
    const nvidia = ':::quote{speaker="Nvidia" channel="statement to CNBC" time="27 January 2025"}\nDeepSeek is an excellent AI advancement.\n:::';
    const together = html(`Lead.\n\n${ALTMAN}\n\n${nvidia}\n\nAfter.`);
    expect(together.match(/<div class="pull-quotes">/g)).toHaveLength(1);
    expect(together.match(/<figure class="pull-quote">/g)).toHaveLength(2);
    expect(html(`${ALTMAN}\n\nBetween.\n\n${nvidia}`)).not.toContain('pull-quotes');
  });

  it('shows a translation as the quote and the original, folded, in its own language', () => {
    const out = html(
      `:::quote{speaker="Sam Altman" channel="auf X" time="27. Januar 2025"}\nEs ist wirklich belebend, einen neuen Konkurrenten zu haben!\n\n::original[it's legit invigorating to have a new competitor!]{lang="en"}\n:::`,
      'de',
    );
    expect(out).toContain('<blockquote><p>Es ist wirklich belebend, einen neuen Konkurrenten zu\u00a0haben!</p></blockquote>');
    expect(out).toContain('<details class="pull-quote-original"><summary>Im Original (Englisch)</summary><blockquote lang="en"><p>it’s legit invigorating to have a new\u00a0competitor!</p></blockquote></details>');
  });

  it('checks the original’s quote marks by its own language', () => {
    const { errors } = render(`:::quote{speaker="A" channel="auf X" time="27. Januar 2025"}\nText.\n\n::original[he said „no“]{lang="en"}\n:::`, 'de');
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('the quote mark „ is not English')]);
  });

  it('reports missing, unknown and badly quoted attributes with file and line', () => {
    const { errors } = render(`Lead.\n\n:::quote{speaker='Sam "Sam" Altman' colour="red"}\nWords.\n:::`, 'en', 5);
    expect(errors.every((e) => e.file === 'content/story/en/08-reactions.md' && e.line === 8)).toBe(true);
    const messages = errors.map((e) => e.message).join('\n');
    expect(errors).toContainEqual(expect.objectContaining({ field: ':::quote speaker', message: expect.stringContaining('straight quote mark (")') }));
    expect(messages).toContain('unknown attribute "colour" on :::quote');
    expect(messages).toContain('a quote needs channel=');
    expect(messages).toContain('a quote needs time=');
  });

  it('refuses straight quotes and the other language’s marks in attributes', () => {
    const straight = render(`:::quote{speaker="Sam Altman" role="'Chief' executive" channel="on X" time="27 January 2025"}\nWords.\n:::`);
    expect(straight.errors).toEqual([expect.objectContaining({ line: 1, field: ':::quote role', message: expect.stringContaining('straight quote mark') })]);
    const german = render(`:::quote{speaker="Sam Altman" channel="on „X“" time="27 January 2025"}\nWords.\n:::`);
    expect(german.errors).toEqual([expect.objectContaining({ field: ':::quote channel', message: expect.stringContaining('is not English') })]);
  });

  it('checks the words like prose: quote marks and typed figures', () => {
    const { errors } = render(`:::quote{speaker="A" channel="on X" time="27 January 2025"}\nIt cost $6m and "nothing".\n:::`);
    const messages = errors.map((e) => e.message).join('\n');
    expect(messages).toContain('the number "$6m" is typed into the prose');
    expect(messages).toContain('straight quote mark');
  });

  it('refuses an unknown source, an original outside a quote, a quote inside another block and an empty quote', () => {
    expect(render(`:::quote{speaker="A" channel="on X" time="27 January 2025" source="nope"}\nWords.\n:::`).errors[0]!.message).toContain('unknown source "nope"');
    expect(render(`::original[words]{lang="en"}`, 'de').errors[0]!.message).toContain('belongs inside a :::quote');
    expect(render(`::::correction{#x}\n:::quote{speaker="A" channel="on X" time="27 January 2025"}\nWords.\n:::\n::::`).errors.map((e) => e.message)).toContain(
      'a quote belongs at the top level, not inside another block',
    );
    expect(render(`:::quote{speaker="A" channel="on X" time="27 January 2025"}\n:::`).errors[0]!.message).toContain('the quote has no words');
    expect(render(`:::quote{speaker="A" channel="auf X" time="27. Januar 2025"}\nWorte.\n\n::original[words]\n:::`, 'de').errors[0]!.message).toContain('an original needs its language');
  });
});

describe('corrections: headline and the two-part form', () => {
  it('renders ::reported and ::actual with their labels, in each language', () => {
    const body = `:::correction{#claim}\n**A claim we could not verify.**\n\n::reported[Teams were studying it, fell :fact[loss]{fall}.]\n\n::actual[We found no such report.]\n:::`;
    const { body: b, errors } = render(body);
    expect(errors).toEqual([]);
    expect(b.corrections[0]!.html).toBe(
      '<p><strong>A claim we could not\u00a0verify.</strong></p>\n' +
        '<p class="correction-part correction-reported"><span class="correction-part-label">The report said</span> <span class="correction-part-text">Teams were studying it, fell\u00a0<span class="fact" data-fact="loss">16.97%</span>.</span></p>\n' +
        '<p class="correction-part correction-actual"><span class="correction-part-label">In fact</span> <span class="correction-part-text">We found no such\u00a0report.</span></p>',
    );
    expect(b.facts).toEqual(['loss']);
    const de = render(body.replace('could not verify', 'konnten nicht prüfen'), 'de').body.corrections[0]!.html;
    expect(de).toContain('Der Bericht schrieb');
    expect(de).toContain('Tatsächlich');
  });

  it('refuses ::reported outside a correction', () => {
    expect(render('::reported[words]').errors[0]!.message).toContain('belongs inside a :::correction');
  });
});

describe('glossary terms', () => {
  it('open a card with the term as its title and a close button that works without scripts', () => {
    const out = html('Priced per :term[token]{#token}.');
    expect(out).toContain('<button type="button" class="term" popovertarget="text-term-token-1">token</button>');
    expect(out).toContain('<span class="term-def-title">API tokens</span>');
    expect(out).toContain('<button type="button" class="term-close" popovertarget="text-term-token-1" popovertargetaction="hide" aria-label="Close">');
    expect(out).toContain('<span class="term-def-body">A piece of a word. <a href="teach/#term-token">Glossary</a></span>');
  });
});
