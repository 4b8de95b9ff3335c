// The teaching page and the glossary terms in the story.
import AxeBuilder from '@axe-core/playwright';
import { expect, oneSizePerLanguage, test } from './fixtures';

for (const { locale, prefix } of [
  { locale: 'en', prefix: '' },
  { locale: 'de', prefix: '/de' },
] as const) {
  test(`${locale}: the teaching page has goals, the glossary and questions for every section`, async ({ page, story, isMobile }) => {
    oneSizePerLanguage(locale, isMobile);
    await page.goto(`${prefix}/teach/`);
    const teach = story[locale].teach;
    await expect(page.locator('h1')).toHaveText(teach.title);
    await expect(page.locator('#goals + ul > li')).toHaveCount(teach.goals.length);
    await expect(page.locator('.glossary dt')).toHaveText(teach.glossary.map((g) => g.term));
    const sections = story[locale].sections.filter((s) => s.kind !== 'sources');
    for (const s of sections) {
      const group = page.locator(`section[aria-labelledby="q-${s.id}"]`);
      await expect(group.locator('h3 a')).toHaveAttribute('href', `${prefix}/#${s.id}`);
      const n = await group.locator('ol > li').count();
      expect(n, s.id).toBeGreaterThanOrEqual(2);
      expect(n, s.id).toBeLessThanOrEqual(3);
    }
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('a glossary term in the story opens its definition in place and links to the glossary', async ({ page, story }) => {
  await page.goto('/#nvidia-margin');
  const term = page.locator('#nvidia-margin button.term', { hasText: 'net margin' });
  await term.click();
  const definition = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await expect(definition).toBeVisible();
  await expect(definition).toContainText(story.en.teach.glossary.find((g) => g.id === 'net-margin')!.definition.replace(/<[^>]+>/g, ''));
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await term.click();
  await definition.getByRole('link').click();
  await expect(page).toHaveURL(/\/teach\/#term-net-margin$/);
  await expect(page.locator('#term-net-margin')).toBeInViewport();
});

test('without JavaScript a term still opens its definition', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/de/#price-war');
  await page.locator('#price-war button.term').first().click();
  await expect(page.locator('#price-war .term-def').first()).toBeVisible();
  await context.close();
});

test('the embed index passes axe', async ({ page }) => {
  await page.goto('/embed/');
  const results = await new AxeBuilder({ page }).exclude('iframe').options({ resultTypes: ['violations'] }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
