// The teaching page and the glossary terms in the story.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StoryModel } from '../../src/lib/content/model';
import { expect, oneSizePerLanguage, settledMotion, STORIES, test } from './fixtures';

settledMotion();

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
    // the page ends on the list of every figure, with its data to download (the sentence ends on "as data:")
    const csv = page.locator('a[download][href$="data/facts.csv"]');
    await expect(csv).toHaveCount(1);
    expect((await page.request.get((await csv.getAttribute('href'))!)).ok()).toBe(true);
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

/** The first section of a story that cites a glossary term, and that term's id. */
function firstTerm(story: StoryModel) {
  const section = story.sections.find((s) => s.terms.length)!;
  return { section, id: section.terms[0]! };
}

/** The first button in a section that opens the definition of term `id` (popover ids end in -term-<id>-<n>). */
async function termButton(page: Page, sectionId: string, id: string) {
  const targets = await page.locator(`#${sectionId} button.term`).evaluateAll((els) => els.map((e) => e.getAttribute('popovertarget')!));
  const target = targets.find((t) => new RegExp(`-term-${id}-\\d+$`).test(t));
  expect(target, `a button for the term ${id} in ${sectionId}`).toBeTruthy();
  return page.locator(`#${sectionId} button.term[popovertarget="${target}"]`);
}

test('a glossary term in the story opens its definition in place and links to the glossary', async ({ page, story }) => {
  const { section, id } = firstTerm(story.en);
  await page.goto(`/#${section.id}`);
  const term = await termButton(page, section.id, id);
  await term.click();
  const definition = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await expect(definition).toBeVisible();
  await expect(definition).toContainText(story.en.teach.glossary.find((g) => g.id === id)!.definition.replace(/<[^>]+>/g, ''));
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await term.click();
  await definition.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/teach/#term-${id}$`));
  await expect(page.locator(`#term-${id}`)).toBeInViewport();
});

test('without JavaScript a term still opens its definition', async ({ browser, isMobile }) => {
  test.skip(!isMobile, 'the same markup at every size');
  const { section, id } = firstTerm(STORIES.de);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/de/#${section.id}`);
  const term = await termButton(page, section.id, id);
  await term.click();
  await expect(page.locator(`#${await term.getAttribute('popovertarget')}`)).toBeVisible();
  await context.close();
});

test('the embed index passes axe', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'judged at the phone size, where its column is narrowest');
  await page.goto('/embed/');
  const results = await new AxeBuilder({ page }).exclude('iframe').options({ resultTypes: ['violations'] }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
