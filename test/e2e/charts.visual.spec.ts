// Screenshot comparisons of every chart at every step, in both languages, at the phone and the desktop size
// (the two projects of playwright.config.ts), against reference images committed under
// test/e2e/__screenshots__/. A change of code or styles that moves a bar or a label shows up here. After an
// intended change, regenerate them with `npm run test:update-shots` and look at the new images before
// committing them.
// Each reference image is tied to the content it shows (content.json beside the images: a hash of the chart's
// CSV and YAML, the facts it names, and its step states). Where an editor has changed that content,
// or added a chart, there is nothing to compare with: the step is drawn and checked, not compared, and the
// test says which images to regenerate, in its annotations and in the run's output ("not compared (…)"). A
// correct content edit never fails this test.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedFact } from '../../src/lib/content/model';
import { stepId } from '../../src/lib/paths';
import { expect, expectChartAt, storyBlocks, test } from './fixtures';

const PAGES = [
  { locale: 'en', path: '/' },
  { locale: 'de', path: '/de/' },
] as const;
const CONTENT = join(import.meta.dirname, '../../content');

/** What a chart's picture depends on in content/: its data, its YAML, the figures of the facts it names
 *  (":fact[id]" in its YAML, a label's "fact"; as the story resolves them, so that a fact read from another
 *  chart's data counts with its value), and its steps. Only these facts: an edit of a fact the chart does not
 *  name leaves its reference images compared (with the whole of facts.yaml in the hash, every fact edit had
 *  turned every comparison off until the images were drawn again). */
function contentHash(chart: { id: string; states: unknown[] }, locale: string, facts: Record<string, ResolvedFact>): string {
  const files = [`data/${chart.id}.csv`, `data/${chart.id}.yaml`].map((f) => readFileSync(join(CONTENT, f), 'utf8'));
  const named = files[1] + JSON.stringify(chart);
  const shown = Object.values(facts)
    .filter((f) => named.includes(`"${f.id}"`) || named.includes(`[${f.id}]`))
    .map(({ id, value, unit, decimals, display }) => [id, value, unit, decimals, display])
    // (in the order of their ids: facts.yaml's order is no part of the picture)
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return createHash('sha256').update(JSON.stringify([locale, files, shown, chart.states])).digest('hex').slice(0, 16);
}

for (const { locale, path } of PAGES) {
  test.describe(`${locale}: every chart at every step`, () => {
    test.use({ reducedMotion: 'reduce' });
    test('looks as it did', async ({ page, story }, info) => {
      test.setTimeout(240_000);
      const manifest = info.snapshotPath(`content-${locale}.json`);
      const updating = info.config.updateSnapshots === 'all' || info.config.updateSnapshots === 'changed';
      const known: Record<string, string> = !updating && existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {};
      const blocks = storyBlocks(story[locale]);
      const now = Object.fromEntries(blocks.map((b) => [b.chart.id, contentHash(b.chart, locale, story[locale].facts)]));
      const changed = updating ? [] : blocks.map((b) => b.chart.id).filter((id) => known[id] !== now[id]);
      // said before any comparison, so that a run that fails on another chart's image says it too
      if (changed.length) {
        const note = `content changed since the reference images of ${changed.join(', ')}: run npm run test:update-shots`;
        info.annotations.push({ type: 'not compared', description: note });
        // and a line in the run's output, where whoever reads CI's log sees it (an annotation shows only in a report)
        console.log(`not compared (${locale}, ${info.project.name}): ${note}`);
      }
      for (const b of blocks) {
        const compare = !changed.includes(b.chart.id);
        for (const step of b.steps) {
          await page.goto(`${path}#${stepId(b.sectionId, step.n)}`);
          await expectChartAt(page, b.chart.id, step.local);
          if (!compare) continue;
          await page.evaluate(() => document.fonts.ready);
          // the chart's box, rounded to whole px: its top may fall on a fraction of a pixel (where depends on
          // the page above it), which must not change the image's size
          const box = (await page.locator(`figure[data-chart="${b.chart.id}"] .screen-only`).boundingBox())!;
          const clip = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
          // a tenth of a per cent of the pixels may differ (text antialiasing moves a hundred or two between runs);
          // a line redrawn in another colour, or text set a little wider, differs by more
          await expect(page).toHaveScreenshot(`${locale}-${b.chart.id}-${step.local}.png`, { clip, animations: 'disabled', maxDiffPixelRatio: 0.001 });
        }
      }
      if (updating) writeFileSync(manifest, JSON.stringify(now, null, 2) + '\n');
    });
  });
}
