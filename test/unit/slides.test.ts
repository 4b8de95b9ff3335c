// The presentation's slides: one per step of every chart with the story's step address, text slides for a
// section without a chart (one per pull quote), the teaching questions after their section, no slide for
// the sources; from the good fixture and from a model of its own.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { scrollyBlocks } from '../../src/lib/content/scrolly-blocks';
import { buildStory } from '../../src/lib/content/story';
import { stepId } from '../../src/lib/paths';
import { deckFigure, slideSections } from '../../src/lib/slides';

const { input } = readContentDir(join(import.meta.dirname, '../fixtures/good'));

describe('slideSections', () => {
  for (const locale of ['en', 'de'] as const) {
    const story = buildStory(input, locale);
    const sections = slideSections(story);
    const slides = sections.flatMap((s) => s.blocks.flatMap((b) => b.slides));
    it(`${locale}: every step of every chart is a slide with the story's address and the chart's own step`, () => {
      const steps = story.sections.flatMap((s) => scrollyBlocks(s.blocks).flatMap((b) => b.steps.map((st) => ({ id: stepId(s.id, st.n), local: st.local }))));
      expect(steps.length).toBeGreaterThan(0);
      expect(slides.filter((s) => s.kind === 'step').map((s) => ({ id: s.id, local: s.kind === 'step' && s.local }))).toEqual(steps);
    });
    it(`${locale}: every section but the sources has slides, and a section without a chart text slides`, () => {
      expect(sections.map((s) => s.id)).toEqual(story.sections.filter((s) => s.kind !== 'sources').map((s) => s.id));
      for (const section of sections) {
        const model = story.sections.find((s) => s.id === section.id)!;
        if (model.charts.length === 0) expect(section.blocks[0]!.slides[0]!, section.id).toMatchObject({ kind: 'text', id: section.id });
      }
    });
    it(`${locale}: the teaching questions follow their section, and slide addresses are unique`, () => {
      for (const q of story.teach.questions) {
        const section = sections.find((s) => s.id === q.sectionId);
        if (section) expect(section.blocks.at(-1)!.slides).toEqual([{ kind: 'questions', id: `${q.sectionId}-questions`, questions: q.questions }]);
      }
      expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
    });
  }

  it('a section of pull quotes gives a slide per quote; one without, its key figure and first paragraph', () => {
    const story = buildStory(input, 'en');
    const quote = (who: string) => `<figure class="pull-quote"><blockquote><p>${who}</p></blockquote></figure>`;
    const prose = (html: string) => ({ ...story.sections[0]!, id: 'x', kind: 'story' as const, charts: [], blocks: [{ kind: 'prose' as const, html }] });
    const fact = Object.values(story.facts)[0]!;
    const quoted = slideSections({ ...story, teach: { ...story.teach, questions: [] }, sections: [prose(`<p>Intro.</p><div class="pull-quotes">${quote('A')}${quote('B')}</div>`)] });
    expect(quoted[0]!.blocks[0]!.slides.map((s) => s.id)).toEqual(['x', 'x-quote-2']);
    const figure = slideSections({ ...story, teach: { ...story.teach, questions: [] }, sections: [{ ...prose('<p>First.</p><p>Second.</p>'), facts: [fact.id] }] });
    expect(figure[0]!.blocks[0]!.slides[0]).toMatchObject({ kind: 'text', html: '<p>First.</p>', quotes: [] });
    expect((figure[0]!.blocks[0]!.slides[0] as { figure?: string }).figure).toBeTruthy();
  });
});

describe('deckFigure', () => {
  it.each([
    // the prose's non-breaking spaces between words become spaces (a phone may break there); a number keeps its
    // unit; a hyphen between letters holds
    ['eine\u00a0Billion US-Dollar', 'eine Billion US-\u2060Dollar'],
    ['5,6\u00a0Mio.\u00a0US-Dollar', '5,6\u00a0Mio. US-\u2060Dollar'],
    ['$592.7bn', '$592.7bn'],
    // (a minus sign is no hyphen between letters)
    ['−17\u00a0%', '−17\u00a0%'],
  ])('%j -> %j', (figure, expected) => expect(deckFigure(figure)).toBe(expected));
});
