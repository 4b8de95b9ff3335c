// Section bodies: lead, steps and what follows; facts printed per locale; errors with their lines.
import { describe, expect, it } from 'vitest';
import { renderSectionBody, type BodyContext } from '../../src/lib/content/markdown';

const ctx = (lineOffset = 0): BodyContext => ({
  file: 'content/story/en/x.md',
  lineOffset,
  fact: (id, { abs }) => (id === 'loss' ? (abs ? '16.97%' : '\u221216.97%') : undefined),
});

const BODY = `Lead with :fact[loss].

:::step{highlight="NVDA AVGO"}
**One** fell :fact[loss]{abs}.
:::

:::step
Two.
:::

After.
`;

describe('renderSectionBody', () => {
  const { body, errors } = renderSectionBody(BODY, ctx());

  it('splits lead, steps and the text after them', () => {
    expect(errors).toEqual([]);
    expect(body.lead).toBe('<p>Lead with <span class="fact" data-fact="loss">\u221216.97%</span>.</p>');
    expect(body.steps.map((s) => s.n)).toEqual([1, 2]);
    expect(body.steps[0]!.html).toBe('<p><strong>One</strong> fell <span class="fact" data-fact="loss">16.97%</span>.</p>');
    expect(body.steps[0]!.attributes).toEqual({ highlight: 'NVDA AVGO' });
    expect(body.steps[1]!.attributes).toEqual({});
    expect(body.after).toBe('<p>After.</p>');
    expect(body.facts).toEqual(['loss', 'loss']);
  });

  it.each([
    ['an unknown fact', 'Lost :fact[gain].', 1, /unknown fact "gain"/],
    ['text between steps', ':::step\nA\n:::\n\nBetween.\n\n:::step\nB\n:::', 5, /between two steps/],
    ['a nested step', ':::::step\n:::step\nA\n:::\n:::::', 2, /cannot contain another step/],
    ['an unknown inline directive', 'See :chart[x].', 1, /unknown inline directive ":chart"/],
    ['a typed number', 'It fell 17%.', 1, /the number "17"/],
  ])('reports %s on its line (frontmatter offset added)', (_name, text, line, message) => {
    const { errors: found } = renderSectionBody(text, ctx(7));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'content/story/en/x.md', line: line + 7 });
    expect(found[0]!.message).toMatch(message);
  });

  it('escapes what the fact prints', () => {
    const { body: b } = renderSectionBody(':fact[x]', { ...ctx(), fact: () => '<b>&</b>' });
    expect(b.lead).toBe('<p><span class="fact" data-fact="x">&lt;b&gt;&amp;&lt;/b&gt;</span></p>');
  });
});
