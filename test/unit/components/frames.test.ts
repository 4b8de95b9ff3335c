// The Astro frames that carry the site's public hooks, rendered with Astro's container API from the good
// fixture's story (no browser, no build): Scrolly.astro gives every step its id and data-step, Figure.astro
// the figure's data-chart, data-kind and data-chart-step="1", the chart drawn as SVG at step 1, and the
// caption's sources (the chart's credit where it has one) and links to the data table and the CSV;
// DataTable.astro one row per data row; SourceEntry.astro a citation punctuated as a sentence.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/svelte/container-renderer';
import { loadRenderers } from 'astro:container';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import DataTable from '../../../src/components/story/DataTable.astro';
import SourceEntry from '../../../src/components/story/SourceEntry.astro';
import Scrolly from '../../../src/components/story/Scrolly.astro';
import { chartTitleId } from '../../../src/lib/charts/chart-ids';
import { chartCsvPath } from '../../../src/lib/paths';
import { checkContentDir } from '../../../src/lib/content/check';
import { textIn } from '../../../src/lib/content/schemas';
import { scrollyBlocks } from '../../../src/lib/content/scrolly-blocks';

const result = checkContentDir(join(import.meta.dirname, '../../fixtures/good'));
if (!result.ok) throw new Error('the good fixture must pass the check');
const story = result.stories.en;
const blocks = story.sections.flatMap((s) => scrollyBlocks(s.blocks).map((b) => ({ sectionId: s.id, ...b })));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

describe.each(blocks.map((b) => [b.chart.id, b] as const))('Scrolly.astro with the chart %s', (_, block) => {
  let html = '';
  beforeAll(async () => {
    html = await container.renderToString(Scrolly, { props: { sectionId: block.sectionId, chart: block.chart, steps: block.steps, locale: 'en', sources: story.sources } });
  });

  it('gives every step its public id and number', () => {
    for (const step of block.steps) expect(html).toMatch(new RegExp(`<div class="step" id="${block.sectionId}-step-${step.n}" data-step="${step.n}"`));
  });
  it('frames the chart with its hooks, at step 1', () => {
    expect(html).toMatch(new RegExp(`<figure class="chart-figure" data-chart="${block.chart.id}" data-kind="${block.chart.kind}" data-chart-step="1"`));
  });
  it('draws the chart as SVG at step 1, before any script runs', () => {
    expect(html).toMatch(/<svg[^>]*data-step-drawn="1"/);
    // named by the chart's own title, never by its section's heading (a chart may share its section's id)
    expect(html).toContain(`aria-labelledby="${chartTitleId(block.chart.id)}"`);
    expect(html).toContain(`<p class="chart-title" id="${chartTitleId(block.chart.id)}">`);
  });
  it("names the sources in the caption: the chart's own source line, else each of its publishers", () => {
    const caption = html.match(/<figcaption class="chart-caption">([^<]*)/)![1]!;
    if (block.chart.credit) expect(caption).toBe(`Sources: ${block.chart.credit}. `);
    else for (const id of block.chart.sources) expect(caption).toContain(textIn(story.sources[id]!.publisher, 'en'));
  });
  it('links the caption to the data table and the CSV', () => {
    expect(html).toContain(`href="#${block.chart.id}-data"`);
    expect(html).toContain(chartCsvPath(block.chart.id));
  });
});

it("the fixture's market-moves chart has a credit, which its caption gives instead of its publishers", async () => {
  const block = blocks.find((b) => b.chart.id === 'market-moves')!;
  const html = await container.renderToString(Scrolly, { props: { sectionId: block.sectionId, chart: block.chart, steps: block.steps, locale: 'en', sources: story.sources } });
  expect(html).toContain('<figcaption class="chart-caption">Sources: closing prices; a wire. <span class="caption-links"><a');
});

describe.each(blocks.map((b) => [b.chart.id, b] as const))('DataTable.astro with the chart %s', (_, block) => {
  it('has the id the caption links to and one body row per data row', async () => {
    const html = await container.renderToString(DataTable, { props: { chart: block.chart, locale: 'en', sources: story.sources } });
    expect(html).toContain(`id="${block.chart.id}-data"`);
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr/g)).toHaveLength(block.chart.rows.length);
  });
});

// a citation reads as sentences: the note after a link starts a sentence of its own, and no full stop doubles
describe('SourceEntry.astro', () => {
  const base = { publisher: 'A wire', title: 'A headline', date: '2025-01-27' };
  it.each([
    ['a note after the link', { ...base, url: 'https://www.wire.example/a', note: 'A note.' }, /wire\.example<\/span><\/a>\. <span class="source-note">A note\.<\/span>/],
    ['a note after the copy read', { ...base, readAt: 'https://copy.example/a', note: 'A note.' }, /copy\.example<\/span><\/a><\/span>\. <span class="source-note">A note\.<\/span>/],
    ['a note with no link', { ...base, note: 'A note.' }, /2025<\/time>\. <span class="source-note">A note\.<\/span>/],
    ['a link and no note', { ...base, url: 'https://www.wire.example/a' }, /wire\.example<\/span><\/a><\/span>$/],
  ])('%s', async (_, source, expected) => {
    const html = (await container.renderToString(SourceEntry, { props: { source, locale: 'en' } })).trim();
    expect(html).toMatch(expected);
    expect(html).not.toMatch(/\.\s*\./);
  });
});
