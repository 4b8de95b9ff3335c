// Screenshot comparisons of every chart at every step, in both languages, at the phone and the desktop size
// (the two projects of playwright.config.ts), against reference images committed under
// test/e2e/__screenshots__/. A change that moves a bar or a label shows up here. After an intended change,
// regenerate them with `npm run test:update-shots` and look at the new images before committing them.
import { expect, expectChartAt, scrollyBlocks, test } from './fixtures';

const PAGES = [
  { locale: 'en', path: '/' },
  { locale: 'de', path: '/de/' },
] as const;

for (const { locale, path } of PAGES) {
  test.describe(`${locale}: every chart at every step`, () => {
    test.use({ reducedMotion: 'reduce' });
    test('looks as it did', async ({ page, story }) => {
      test.setTimeout(240_000);
      for (const b of scrollyBlocks(story[locale])) {
        for (const step of b.steps) {
          await page.goto(`${path}#${b.sectionId}-step-${step.n}`);
          await expectChartAt(page, b.chart.id, step.local);
          await page.evaluate(() => document.fonts.ready);
          await expect(page.locator(`figure[data-chart="${b.chart.id}"] .screen-only`)).toHaveScreenshot(`${locale}-${b.chart.id}-${step.local}.png`, {
            animations: 'disabled',
            maxDiffPixelRatio: 0.01,
          });
        }
      }
    });
  });
}
