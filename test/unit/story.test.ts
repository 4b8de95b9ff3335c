// The real story, built as the pages build it: both languages agree, and every figure is sourced.
import { join } from 'node:path';
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
    expect(en.sections.map((s) => s.id)).toEqual([
      'intro',
      'nvidia-record',
      'market-moves',
      'value-lost',
      'deepseek-cost',
      'nvidia-margin',
      'price-war',
      'reactions',
      'open-questions',
      'sources',
    ]);
    expect(en.sections.flatMap((s) => s.charts.map((c) => c.id))).toEqual([
      'nvidia-price',
      'record-losses',
      'market-moves',
      'value-lost',
      'cost-vs-capex',
      'margins',
      'api-prices',
    ]);
  });

  it('names a source for every section and every fact', () => {
    for (const s of en.sections.filter((x) => x.kind !== 'sources')) expect(s.sources.length, s.id).toBeGreaterThan(0);
    for (const f of Object.values(en.facts)) expect(en.sources[f.source], f.id).toBeDefined();
  });

  it('prints the headline figures with the consistent Reuters/LSEG set', () => {
    const html = allHtml(en);
    expect(html).toContain('$592.7\u00a0billion');
    expect(html).toContain('16.97%');
    const htmlDe = allHtml(de);
    expect(htmlDe).toContain('592,7\u00a0Mrd.\u00a0US-Dollar');
    expect(htmlDe).toContain('16,97\u00a0%');
  });

  it('draws one layout per step for each chart', () => {
    for (const s of en.sections)
      for (const b of s.blocks) if (b.kind === 'scrolly') expect(b.chart.layouts).toHaveLength(b.steps.length);
  });
});
