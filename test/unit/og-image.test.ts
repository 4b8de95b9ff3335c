// The social preview image takes its chart, facts and line from content/meta.yaml (share:), never from code.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildStory } from '../../src/lib/content/story';
import { formatProse } from '../../src/lib/display';
import { ogImageSvg } from '../../src/lib/og-image';

const { input } = readContentDir(join(import.meta.dirname, '../fixtures/good'));
const colour = new Proxy({}, { get: () => '#123456' }) as Record<string, string>;

describe('ogImageSvg', () => {
  for (const locale of ['en', 'de'] as const) {
    const story = buildStory(input, locale);
    const { share } = story.meta;
    const svg = ogImageSvg(story, { title: 'T', kicker: 'K' }, colour);
    it(`${locale}: prints the facts and the line meta.yaml names`, () => {
      for (const id of [share.figure, share.detail]) expect(svg).toContain(formatProse(story.facts[id]!, locale, { override: story.facts[id]!.display }).replace(/&/g, '&amp;'));
      expect(svg).toContain(share.caption);
    });
    it(`${locale}: draws the named chart's solid bars, at most eight`, () => {
      const chart = story.sections.flatMap((s) => s.charts).find((c) => c.id === share.chart)!;
      const layout = chart.kind === 'rows' ? (chart.printLayout ?? chart.layouts.at(-1)!) : undefined;
      const solid = (layout?.rows ?? []).filter((r) => r.visible && r.style === 'solid').length;
      expect(solid).toBeGreaterThan(0);
      // two rects are the background and the accent rule
      expect(svg.match(/<rect /g)!.length - 2).toBe(Math.min(8, solid));
    });
  }
});
