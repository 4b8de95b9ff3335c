// The real story, built as the pages build it: both languages agree, and every figure prints by the number
// style. (That every section and fact names a source is a rule of the content check, with its bad fixtures.)
import { join } from 'node:path';
import { formatProse } from '../../src/lib/display';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildStory } from '../../src/lib/content/story';

const { input } = readContentDir(join(import.meta.dirname, '../..'));
const en = buildStory(input, 'en');
const de = buildStory(input, 'de');
const allHtml = (story: typeof en) =>
  story.sections
    .flatMap((s) => s.blocks.map((b) => (b.kind === 'prose' ? b.html : b.steps.map((x) => x.html).join(''))))
    .join('');

describe('the story', () => {
  it('has the same sections, charts and steps in English and German', () => {
    const shape = (s: typeof en) => s.sections.map((x) => [x.id, x.charts.map((c) => c.id), x.steps.length]);
    expect(shape(de)).toEqual(shape(en));
    // every section and every chart once, whatever the story holds (an editor may add or remove either)
    const sectionIds = en.sections.map((s) => s.id);
    const chartIds = en.sections.flatMap((s) => s.charts.map((c) => c.id));
    expect(sectionIds.length).toBeGreaterThan(0);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    expect(new Set(chartIds).size).toBe(chartIds.length);
  });

  it('prints every cited figure by the number style, in each language', () => {
    for (const story of [en, de]) {
      const cited = [...allHtml(story).matchAll(/data-fact="([^"]+)">([^<]*)</g)];
      expect(cited.length).toBeGreaterThan(0);
      for (const [, id, text] of cited) {
        const f = story.facts[id!]!;
        const forms = [{}, { abs: true }, { bare: true }, { exact: true }, { exact: true, abs: true }].map((o) =>
          formatProse(f, story.locale, { ...o, override: f.display }),
        );
        expect(forms, `${id} printed as ${text}`).toContain(text!.replace(/&amp;/g, '&'));
      }
    }
  });

  it('draws one layout per step for each chart', () => {
    for (const s of en.sections)
      for (const b of s.blocks) if (b.kind === 'scrolly') expect(b.chart.layouts).toHaveLength(b.steps.length);
  });
});
