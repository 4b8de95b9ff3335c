// Embeds: every chart's own page draws it at ?step=1 and at its last step, steps with its buttons, and
// works inside an iframe on another page of the site, which it fits to its height.
import { expect, expectChartAt, scrollyBlocks, test } from './fixtures';

for (const { locale, prefix } of [
  { locale: 'en', prefix: '' },
  { locale: 'de', prefix: '/de' },
] as const) {
  test(`${locale}: every embed page draws its chart at the first and the last step`, async ({ page, story }) => {
    for (const b of scrollyBlocks(story[locale])) {
      const last = b.steps.length;
      await page.goto(`${prefix}/embed/${b.chart.id}/?step=1`);
      await expectChartAt(page, b.chart.id, 1);
      await expect(page.locator('figure figcaption')).toContainText(locale === 'de' ? 'Quellen' : 'Sources');
      await expect(page.locator('[data-site-header]')).toHaveCount(0);
      await page.goto(`${prefix}/embed/${b.chart.id}/?step=${last}`);
      await expectChartAt(page, b.chart.id, last);
      if (last > 1) {
        await page.locator('[data-step-prev]').click();
        await expectChartAt(page, b.chart.id, last - 1);
      }
      await page.goto(`${prefix}/embed/${b.chart.id}/?step=99`);
      await expectChartAt(page, b.chart.id, last);
    }
  });
}

test('charts work inside iframes on the embed page, fitted to their height', async ({ page, story }) => {
  test.setTimeout(90_000);
  await page.goto('/embed/');
  for (const b of scrollyBlocks(story.en)) {
    const frame = page.locator(`iframe[data-embed-frame="${b.chart.id}"]`);
    await frame.scrollIntoViewIfNeeded();
    const inner = frame.contentFrame();
    await expect(inner.locator(`figure[data-chart="${b.chart.id}"] .screen-only svg[data-step-drawn="1"]`)).toBeVisible();
    await inner.locator('[data-step-next]').click();
    await expect(inner.locator(`figure[data-chart="${b.chart.id}"] .screen-only svg[data-step-drawn]`)).toHaveAttribute('data-step-drawn', '2');
    // the frame took the height its page reported
    await expect
      .poll(async () => {
        const content = await inner.locator('html').evaluate((e) => e.scrollHeight);
        const box = (await frame.boundingBox())!.height;
        return Math.abs(box - content) <= 3;
      })
      .toBe(true);
  }
});

test('the story offers a copy-ready iframe snippet for every chart', async ({ page, story, baseURL }) => {
  await page.goto('/');
  for (const b of scrollyBlocks(story.en)) {
    const snippet = page.locator(`details.embed-snippet:has(a[href="/embed/${b.chart.id}/"]) textarea`);
    await expect(snippet).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/${b.chart.id}/\\?step=1" title="[^"]+" width="100%" height="\\d+"`));
  }
});
