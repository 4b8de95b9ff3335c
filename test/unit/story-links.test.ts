// linksIntoStory (lib/story-links.ts): the story's text on another page links into the story page.
import { describe, expect, it } from 'vitest';
import { linksIntoStory } from '../../src/lib/story-links';

describe('linksIntoStory', () => {
  it.each([
    ['a relative link (a term\'s glossary)', '<a href="teach/#term-capex">Glossary</a>', '/story/de/', undefined, '<a href="/story/de/teach/#term-capex">Glossary</a>'],
    ['a fragment of the story', '<a href="#sources">sources</a>', '/', undefined, '<a href="/#sources">sources</a>'],
    ['a query of the story page', '<a href="?step=2">2</a>', '/de/', undefined, '<a href="/de/?step=2">2</a>'],
    ['an address on another host without a scheme', '<a href="//cdn.example/x">x</a>', '/', undefined, '<a href="//cdn.example/x">x</a>'],
    ['a link from the site\'s root', '<a href="/facts/#fact-x">x</a>', '/story/', undefined, '<a href="/facts/#fact-x">x</a>'],
    ['another site', '<a href="https://example.com/a">a</a>', '/', undefined, '<a href="https://example.com/a">a</a>'],
    ['an address with another scheme', '<a href="mailto:desk@example.com">desk</a>', '/', undefined, '<a href="mailto:desk@example.com">desk</a>'],
    ['a target, for a frame', '<a href="teach/">t</a> <a href="https://example.com/">e</a>', '/', '_top', '<a href="/teach/" target="_top">t</a> <a href="https://example.com/" target="_top">e</a>'],
  ])('%s', (_name, html, storyPage, target, expected) => {
    expect(linksIntoStory(html, storyPage, target)).toBe(expected);
  });
});
