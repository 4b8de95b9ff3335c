// Share addresses of single chart steps: every step of every chart once, in reading order, with the story's
// step address and a plain-text lead for its card; the lead read out of a step's HTML. From the good fixture
// and from HTML of its own.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { scrollyBlocks } from '../../src/lib/content/scrolly-blocks';
import { buildStory } from '../../src/lib/content/story';
import { plainText, sentencesOf, stepLead } from '../../src/lib/escape';
import { embedStepSharePath, slideSharePath, stepCardPath, stepId, storyStepSharePath } from '../../src/lib/paths';
import { chartSteps } from '../../src/lib/share/share-pages';

const { input } = readContentDir(join(import.meta.dirname, '../fixtures/good'));

describe('chartSteps', () => {
  for (const locale of ['en', 'de'] as const) {
    const story = buildStory(input, locale);
    it(`${locale}: every step of every chart, in order, with its address, its chart's state and a lead`, () => {
      const expected = story.sections.flatMap((s) =>
        scrollyBlocks(s.blocks).flatMap((b) => b.steps.map((st) => ({ id: stepId(s.id, st.n), chart: b.chart.id, local: st.local }))),
      );
      const steps = chartSteps(story);
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.map((s) => ({ id: s.id, chart: s.chart.id, local: s.step.local }))).toEqual(expected);
      for (const s of steps) {
        expect(s.title.length, s.id).toBeGreaterThan(0);
        expect(s.title, s.id).not.toMatch(/[<>]|&[a-z#0-9]+;/i);
        expect(s.chart.layouts[s.step.local - 1], s.id).toBeDefined();
      }
    });
  }
});

describe('stepLead and plainText', () => {
  it.each([
    ['<p><strong>The drop.</strong> On Monday the shares closed far lower. Then more.</p>', 'The drop. On Monday the shares closed far lower.'],
    ['<p><strong>Chipmakers were hit hardest of all that day.</strong> Then more.</p>', 'Chipmakers were hit hardest of all that day.'],
    ['<p>A short one, &#x26; an ampersand.</p>', 'A short one, & an ampersand.'],
    ['<p><strong>Cisco</strong>, which sold routers, reached <a class="fact" href="#x">23.1%</a> in 2005. Later less.</p>', 'Cisco, which sold routers, reached 23.1% in 2005.'],
    [
      '<p><strong>The <button type="button" class="term">index</button><span class="term-def" id="t" popover><span class="term-def-title">index</span><span class="term-def-body">A basket.</span></span> fell hard that Monday.</strong></p>',
      'The index fell hard that Monday.',
    ],
    ['<p>Microsoft erklärte am 3. Januar, rund 80 Mrd. Dollar auszugeben. Dann mehr.</p>', 'Microsoft erklärte am 3. Januar, rund 80 Mrd. Dollar auszugeben.'],
    ['<p>Alphabet Inc. and Meta Platforms Inc. spent more. Then less.</p>', 'Alphabet Inc. and Meta Platforms Inc. spent more.'],
    ['<p>Das sagte z. B. Dr. Lisa Su am 28. Januar 2025. Dann mehr.</p>', 'Das sagte z. B. Dr. Lisa Su am 28. Januar 2025.'],
  ])('%s -> %s', (html, lead) => expect(stepLead(html)).toBe(lead));
  it.each([
    ['Shares fell. Then they rose 8.9%. Fine.', ['Shares fell.', 'Then they rose 8.9%.', 'Fine.']],
    ['Sie fiel um 17 %. Am 28. Januar stieg sie. Mehr!', ['Sie fiel um 17 %.', 'Am 28. Januar stieg sie.', 'Mehr!']],
    ['It ended in 2025. “Quote.” (Aside.) 3 more.', ['It ended in 2025.', '“Quote.”', '(Aside.)', '3 more.']],
    ['The index stood at 30. Then it fell.', ['The index stood at 30.', 'Then it fell.']],
    ['Am 3. Februar und am 28.\u00a0Januar stieg sie. Im Sept. 2024 nicht.', ['Am 3. Februar und am 28.\u00a0Januar stieg sie.', 'Im Sept. 2024 nicht.']],
  ])('sentencesOf(%s)', (text, sentences) => expect(sentencesOf(text)).toEqual(sentences));
  it('folds spaces and reads numeric entities', () => expect(plainText(' a\n  b&#8239;c ')).toBe('a b\u202fc'));
});

describe('share paths', () => {
  it.each([
    ['en', 'market-moves', 3, 'og/en/market-moves/3.png', 'embed/market-moves/step-3/'],
    ['de', 'margins', 1, 'og/de/margins/1.png', 'de/embed/margins/step-1/'],
  ] as const)('%s %s step %i', (locale, chart, n, card, embed) => {
    expect(stepCardPath(locale, chart, n)).toBe(card);
    expect(embedStepSharePath(locale, chart, n)).toBe(embed);
  });
  it('a slide share page sits in the presentation', () => {
    expect(slideSharePath('en', 'market-moves-step-3')).toBe('present/market-moves-step-3/');
    expect(slideSharePath('de', 'market-moves-step-3')).toBe('de/present/market-moves-step-3/');
  });
  it("a story step's share page sits beside the story", () => {
    expect(storyStepSharePath('en', 'market-moves-step-3')).toBe('share/market-moves-step-3/');
    expect(storyStepSharePath('de', 'market-moves-step-3')).toBe('de/share/market-moves-step-3/');
  });
});
