// Figures as links to their receipts: each cited figure becomes a link to its facts-page entry, and only the
// story's first citation of a figure carries its address; from fixtures of its own and the good fixture.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildStory } from '../../src/lib/content/story';
import { linkFacts, withFactLinks } from '../../src/lib/fact-links';
import { textsOf } from '../../src/lib/fact-receipts';

const options = { factsHref: '/x/facts/', describedBy: 'hint' };
const span = (id: string, text: string) => `<span class="fact" data-fact="${id}">${text}</span>`;
const link = (id: string, text: string, address = false) =>
  `<a class="fact" data-fact="${id}" href="/x/facts/#fact-${id}"${address ? ` id="fact-${id}"` : ''} aria-describedby="hint">${text}</a>`;

describe('linkFacts', () => {
  it.each([
    ['no figure', '<p>Plain.</p>', [], '<p>Plain.</p>'],
    ['a figure', `<p>Fell ${span('a', '17%')}.</p>`, [], `<p>Fell ${link('a', '17%')}.</p>`],
    ['its address', `<p>Fell ${span('a', '17%')}.</p>`, ['a'], `<p>Fell ${link('a', '17%', true)}.</p>`],
    ['the address once', `<p>${span('a', '1')} and ${span('a', '1')}</p>`, ['a'], `<p>${link('a', '1', true)} and ${link('a', '1')}</p>`],
    ['only the figures named', `<p>${span('a', '1')} ${span('b', '2')}</p>`, ['b'], `<p>${link('a', '1')} ${link('b', '2', true)}</p>`],
  ] as const)('%s', (_name, html, addressed, expected) => {
    expect(linkFacts(html, new Set(addressed), options)).toBe(expected);
  });
});

describe('withFactLinks', () => {
  const { input } = readContentDir(join(import.meta.dirname, '../fixtures/good'));
  for (const locale of ['en', 'de'] as const) {
    const story = buildStory(input, locale);
    const linked = withFactLinks(story, options);
    const texts = linked.sections.flatMap((s) => textsOf(s).map((t) => t.html)).join('\n');
    it(`${locale}: every cited figure is a link, and every figure has exactly one address`, () => {
      const cited = new Set(story.sections.flatMap((s) => s.facts));
      expect(cited.size).toBeGreaterThan(0);
      expect(texts).not.toContain('<span class="fact"');
      for (const id of cited) expect(texts.split(`id="fact-${id}"`).length - 1, id).toBe(1);
    });
    it(`${locale}: the address sits on the first citation in reading order`, () => {
      for (const id of new Set(story.sections.flatMap((s) => s.facts))) {
        const first = new RegExp(`<a class="fact" data-fact="${id}"[^>]*>`).exec(texts)![0];
        expect(first, id).toContain(`id="fact-${id}"`);
      }
    });
  }
});
