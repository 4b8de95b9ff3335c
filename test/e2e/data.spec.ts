// The data behind every chart: its CSV download parses and holds exactly the rows the chart was built
// from, with a source for each; each figure names its sources.
import { csvParse } from 'd3-dsv';
import { textIn } from '../../src/lib/content/schemas';
import { expect, storyBlocks, settledMotion, test } from './fixtures';

settledMotion();

// what these read is the same at every size: checked at the phone size (where the edited copy of
// scripts/test-edits.ts runs them too)
test('every chart links a CSV of exactly its data, each row with a source', async ({ page, story, request, isMobile }) => {
  test.skip(!isMobile, 'the same at every size');
  await page.goto('/');
  for (const b of storyBlocks(story.en)) {
    const link = page.locator(`figure[data-chart="${b.chart.id}"] figcaption a[download]`);
    const href = await link.getAttribute('href');
    expect(href).toBe(`/data/${b.chart.id}.csv`);
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('text/csv');
    const rows = csvParse(await response.text());
    expect(rows.map((r) => r.id)).toEqual(b.chart.rows.map((r) => r.id));
    for (const r of rows) {
      expect(r.source_name, `${b.chart.id} ${r.id}`).toBeTruthy();
      expect(Number(r[b.chart.valueColumn])).toBe(Number(b.chart.rows.find((x) => x.id === r.id)![b.chart.valueColumn]));
    }
  }
});

test('every figure names its sources and its table lists every value', async ({ page, story, isMobile }) => {
  test.skip(!isMobile, 'the same at every size');
  await page.goto('/de/');
  for (const b of storyBlocks(story.de)) {
    // the chart's own source line, else each of its sources' publishers
    const caption = page.locator(`figure[data-chart="${b.chart.id}"] figcaption`);
    if (b.chart.credit) await expect(caption).toContainText(`Quellen: ${b.chart.credit}.`);
    else for (const id of b.chart.sources) await expect(caption).toContainText(textIn(story.de.sources[id]!.publisher, 'de'));
    await expect(page.locator(`#${b.chart.id}-data tbody tr`)).toHaveCount(b.chart.rows.length);
  }
});
