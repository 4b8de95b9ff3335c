// The facts page: every figure the story shows has its receipt there, with its own address, in both
// languages; each receipt's links lead to a place that exists; the table sorts by a column where scripts run.
import { expect, oneSizePerLanguage, settledMotion, test } from './fixtures';

settledMotion();

for (const [locale, prefix] of [['en', ''], ['de', '/de']] as const) {
  test(`${locale}: every figure on the story page has a receipt, and every receipt link lands`, async ({ page, isMobile }) => {
    oneSizePerLanguage(locale, isMobile);
    await page.goto(`${prefix}/`);
    const shown = [...new Set(await page.locator('.fact[data-fact]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.fact!)))];
    expect(shown.length).toBeGreaterThan(0);
    const anchors = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    await page.goto(`${prefix}/facts/`);
    for (const id of shown) await expect(page.locator(`tr#fact-${id}`), id).toHaveCount(1);
    // a calculation's inputs point at receipts on the page; citations at places in the story
    const inputs = await page.locator('.facts-calc a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    for (const href of inputs) await expect(page.locator(href)).toHaveCount(1);
    const cited = await page.locator('.facts-cited a').evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).hash.slice(1)));
    expect(cited.length).toBeGreaterThanOrEqual(shown.length);
    expect(cited.filter((a) => !anchors.has(a))).toEqual([]);
  });
}

// (on phones too, where each figure is a card and the headers a bar to sort by)
test('a figure has its own address, and the table sorts by a column', async ({ page }) => {
  await page.goto('/');
  const first = (await page.locator('.fact[data-fact]').first().getAttribute('data-fact'))!;
  await page.goto(`/facts/#fact-${first}`);
  await expect(page.locator(`tr#fact-${first}`)).toBeInViewport();
  const dates = () => page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.date!).filter(Boolean));
  await page.getByRole('button', { name: /As of/ }).click();
  const up = await dates();
  expect(up).toEqual([...up].sort());
  await page.getByRole('button', { name: /As of/ }).click();
  expect(await dates()).toEqual([...up].sort().reverse());
});
