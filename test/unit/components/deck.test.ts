// The presentation's slides (Deck.astro), rendered with Astro's container API from the good fixture's story
// in both languages (no browser, no build): every slide of slideSections in order with its address, a chart's
// slides beside its figure drawn as SVG at step 1, step slides numbered within their chart, text slides
// under their section's title with the key figure, question slides with every question, and the controls
// hidden until the deck script shows them.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/svelte/container-renderer';
import { loadRenderers } from 'astro:container';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Deck from '../../../src/components/present/Deck.astro';
import { checkContentDir } from '../../../src/lib/content/check';
import { slideSections } from '../../../src/lib/slides';

const result = checkContentDir(join(import.meta.dirname, '../../fixtures/good'));
if (!result.ok) throw new Error('the good fixture must pass the check');

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

describe.each(['en', 'de'] as const)('Deck.astro (%s)', (locale) => {
  // the fixture's story, and a copy of its first section with its prose only: a section without a chart
  const fixture = result.stories[locale];
  const first = fixture.sections[0]!;
  const prose = { ...first, id: `${first.id}-text`, blocks: first.blocks.filter((b) => b.kind === 'prose'), charts: [], steps: [] };
  const story = { ...fixture, sections: [...fixture.sections, prose] };
  const sections = slideSections(story);
  const slides = sections.flatMap((s) => s.blocks.flatMap((b) => b.slides));
  let html = '';
  beforeAll(async () => {
    html = await container.renderToString(Deck, { props: { story, locale, storyHref: '/s/', otherHref: '/o/present/' } });
  });

  it('has every slide, the title slide first, in the order of the story', () => {
    const ids = [...html.matchAll(/<article class="slide [^"]*" id="([^"]+)" data-slide/g)].map((m) => m[1]);
    expect(ids).toEqual(['start', ...slides.map((s) => s.id)]);
  });
  it("puts each chart's step slides beside its figure, drawn at step 1, numbered within the chart", () => {
    for (const block of sections.flatMap((s) => s.blocks).filter((b) => b.chart)) {
      const at = html.indexOf(`data-chart="${block.chart!.id}"`);
      expect(at, block.chart!.id).toBeGreaterThan(0);
      expect(html.slice(at, html.indexOf('</figure>', at))).toMatch(/<svg[^>]*data-step-drawn="1"/);
      for (const slide of block.slides) if (slide.kind === 'step') expect(html).toContain(`id="${slide.id}" data-slide data-local="${slide.local}"`);
    }
  });
  it('gives a text slide its section title and key figure, and a question slide every question', () => {
    for (const section of sections)
      for (const slide of section.blocks.flatMap((b) => b.slides)) {
        const at = html.indexOf(`id="${slide.id}"`);
        const own = html.slice(at, html.indexOf('</article>', at));
        if (slide.kind === 'text') {
          expect(own, slide.id).toContain(`<h2>${section.title}</h2>`);
          if (slide.figure) expect(own, slide.id).toContain(`<p class="deck-figure">${slide.figure}</p>`);
        }
        if (slide.kind === 'questions') expect(own.match(/<li>/g)?.length, slide.id).toBe(slide.questions.length);
      }
    expect(slides.filter((s) => s.kind === 'text').map((s) => s.id)).toEqual([prose.id]);
  });
  it('links the story and the other language, and hides the controls until the script runs', () => {
    expect(html).toContain('<a href="/s/">');
    expect(html).toMatch(/<a href="\/o\/present\/" hreflang="(en|de)"/);
    expect(html).toMatch(/<nav class="deck-nav" data-deck-nav[^>]* hidden>/);
  });
});
