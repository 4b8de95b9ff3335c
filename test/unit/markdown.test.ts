// Section bodies: lead, steps and what follows; facts printed per locale; errors with their lines.
import { describe, expect, it } from 'vitest';
import { renderSectionBody, type BodyContext } from '../../src/lib/content/markdown';

const ctx = (lineOffset = 0, locale: 'en' | 'de' = 'en'): BodyContext => ({
  file: 'content/story/en/x.md',
  locale,
  lineOffset,
  fact: (id) => (id === 'loss' ? { value: -16.97, print: ({ abs }) => (abs ? '16.97%' : '\u221216.97%') } : undefined),
});

const BODY = `Lead with :fact[loss].

::chart[moves]

:::step{highlight="NVDA AVGO"}
**One** fell :fact[loss]{fall}.
:::

:::step
Two.
:::

After.

::chart[other]

:::step
Three.
:::

:::correction{#wrong-figure}
It was :fact[loss]{abs}, not less.
:::
`;

describe('renderSectionBody', () => {
  const { body, errors } = renderSectionBody(BODY, ctx());

  it('splits prose and scrolly blocks, numbering steps in the section and in their chart', () => {
    expect(errors).toEqual([]);
    expect(body.blocks.map((b) => (b.kind === 'prose' ? 'prose' : `${b.chart}:${b.steps.map((s) => `${s.n}/${s.local}`).join(',')}`))).toEqual([
      'prose',
      'moves:1/1,2/2',
      'prose',
      'other:3/1',
      'prose',
    ]);
    const [lead, moves, after] = body.blocks as unknown as [
      { html: string },
      { steps: { html: string; attributes: Record<string, string> }[] },
      { html: string },
    ];
    expect(lead.html).toBe('<p>Lead with\u00a0<span class="fact" data-fact="loss">\u221216.97%</span>.</p>');
    expect(moves.steps[0]!.html).toBe('<p><strong>One</strong> fell\u00a0<span class="fact" data-fact="loss">16.97%</span>.</p>');
    expect(moves.steps[0]!.attributes).toEqual({ highlight: 'NVDA AVGO' });
    expect(moves.steps[1]!.attributes).toEqual({});
    expect(after.html).toBe('<p>After.</p>');
    expect(body.facts).toEqual(['loss', 'loss', 'loss']);
  });

  it('renders corrections as asides and collects them', () => {
    const last = body.blocks.at(-1) as { html: string };
    expect(last.html).toBe('<aside class="correction" id="correction-wrong-figure"><p>It was <span class="fact" data-fact="loss">16.97%</span>, not\u00a0less.</p></aside>');
    expect(body.corrections).toEqual([
      { id: 'wrong-figure', html: '<p>It was <span class="fact" data-fact="loss">16.97%</span>, not\u00a0less.</p>', line: 21 },
    ]);
  });

  it.each([
    ['an unknown fact', 'Lost :fact[gain].', 1, /unknown fact "gain"/],
    ['a step with no chart before it', 'Text.\n\n:::step\nA\n:::', 3, /must follow a ::chart/],
    ['a chart with no steps', '::chart[x]\n\nText.', 1, /needs :::step/],
    ['a nested step', '::chart[x]\n\n:::::step\n:::step\nA\n:::\n:::::', 4, /cannot sit inside another block/],
    ['an unknown block', '::map[x]', 1, /unknown block "::map"/],
    ['an unknown inline directive', 'See :chart[x].', 1, /unknown inline directive ":chart"/],
    ['a typed number', 'It fell 17%.', 1, /the number "17"/],
    ['a rise that is a fall', 'It rose :fact[loss]{rise}.', 1, /says this rose, but the fact is \u221216.97%/],
    ['an unknown option', 'It fell :fact[loss]{ab}.', 1, /unknown option \{ab\}/],
    ['a sign check on a bare number', 'It rose :fact[loss]{num rise}.', 1, /says this rose/],
  ])('reports %s on its line (frontmatter offset added)', (_name, text, line, message) => {
    const { errors: found } = renderSectionBody(text, ctx(7));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'content/story/en/x.md', line: line + 7 });
    expect(found[0]!.message).toMatch(message);
  });

  it('prints the bare number with {num}', () => {
    const { body: b, errors: e } = renderSectionBody('From :fact[loss]{num} up.', {
      ...ctx(),
      fact: () => ({ value: -16.97, print: ({ abs, bare }) => (bare ? '16.97' : abs ? '16.97%' : '\u221216.97%') }),
    });
    expect(e).toEqual([]);
    expect((b.blocks[0] as { html: string }).html).toBe('<p>From <span class="fact" data-fact="loss">16.97</span>\u00a0up.</p>');
  });

  it('escapes what the fact prints', () => {
    const { body: b } = renderSectionBody(':fact[x]', { ...ctx(), fact: () => ({ value: 1, print: () => '<b>&</b>' }) });
    expect((b.blocks[0] as { html: string }).html).toBe('<p><span class="fact" data-fact="x">&lt;b&gt;&amp;&lt;/b&gt;</span></p>');
  });

  it('prints every digit with {exact}', () => {
    const { body: b } = renderSectionBody(':fact[x]{exact} and :fact[x]', {
      ...ctx(),
      fact: () => ({ value: 5.576, print: ({ exact }) => (exact ? '$5.576m' : '$5.6m') }),
    });
    expect((b.blocks[0] as { html: string }).html).toContain('$5.576m</span> and\u00a0<span class="fact" data-fact="x">$5.6m</span>');
  });

  it.each([
    ['en', 'He said "no".', /straight quote mark \("\).*“…”/],
    ['en', "He said 'no'.", /straight quote mark \('\) opens/],
    ['en', 'He said „no“.', /not English/],
    ['de', 'Er sagte "nein".', /straight quote mark.*„…“/],
    ['de', 'Er sagte “nein”.', /not German/],
  ] as const)('refuses wrong quote marks in %s: %s', (locale, text, message) => {
    const { errors: found } = renderSectionBody(text, ctx(0, locale));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(message);
  });

  it.each([
    ['en', "Nvidia's shares, Reuters' count, ‘quoted’ and “quoted”", 'Nvidia\u2019s shares, Reuters\u2019 count, ‘quoted’ and\u00a0“quoted”'],
    ['de', 'Er sagte „nein“ und ‚ja‘, DeepSeek\'s App', 'Er sagte „nein“ und ‚ja‘, DeepSeek\u2019s\u00a0App'],
  ] as const)('accepts the quote marks of %s and curls apostrophes', (locale, text, printed) => {
    const { body: b, errors: found } = renderSectionBody(text, ctx(0, locale));
    expect(found).toEqual([]);
    expect((b.blocks[0] as { html: string }).html).toBe(`<p>${printed}</p>`);
  });
});
