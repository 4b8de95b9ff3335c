// The presentation (/present/): every slide in order by keyboard and back again, at a projector's size in
// both languages, and at a laptop's and a small screen's in German, the longer; a chart's slide shows the
// chart at the step the story shows at the same address; text and chart labels measured against sizes legible
// from the back of a room (32 and 24 px on a 1080-line screen, in proportion on smaller ones); axe in both
// schemes. Slides come from the content model.
import AxeBuilder from '@axe-core/playwright';
import { slideSections } from '../../src/lib/slides';
import { expect, settledMotion, STORIES, test } from './fixtures';

settledMotion();

const sizes = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

for (const viewport of sizes)
  test.describe(`${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });
    const scale = viewport.height / 1080;
    for (const [locale, prefix] of [['en', ''], ['de', '/de']] as const)
      test(`${locale}: every slide in order by keyboard and back, legible, each chart at the story's step`, async ({ page, isMobile }) => {
        test.skip(isMobile, 'a projector or a shared screen');
        // below the projector's size in German only, whose words run longest
        test.skip(viewport.width < 1920 && locale === 'en', 'German, the longer language, at this size');
        test.setTimeout(120_000);
        const slides = slideSections(STORIES[locale]).flatMap((s) => s.blocks.flatMap((b) => b.slides.map((slide) => ({ ...slide, chart: b.chart }))));
        await page.goto(`${prefix}/present/`);
        await expect(page.locator('#start')).toBeInViewport({ ratio: 1 });
        const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
        for (const [i, slide] of slides.entries()) {
          await page.keyboard.press(keys[i % keys.length]!);
          await expect(page).toHaveURL(new RegExp(`#${slide.id}$`));
          await expect(page.locator(`#${slide.id}`)).toBeInViewport({ ratio: 1 });
          await expect(page.locator('[data-deck-count]')).toHaveText(`${i + 2} / ${slides.length + 1}`);
          // nothing runs off the screen
          expect(await page.evaluate(() => document.documentElement.scrollHeight), slide.id).toBeLessThanOrEqual(viewport.height + 1);
          // the slide's text (not the section's name above it, nor a quotation's attribution), zoom included
          const text = await page.locator(`#${slide.id}`).evaluate((el) =>
            Math.min(...[...el.querySelectorAll<HTMLElement>(':is(p, li):not(.deck-section, figcaption *)')].map((p) => parseFloat(getComputedStyle(p).fontSize) * (p as HTMLElement & { currentCSSZoom: number }).currentCSSZoom)),
          );
          expect(text, `${slide.id} text`).toBeGreaterThanOrEqual(32 * scale - 0.5);
          if (slide.kind === 'step') {
            const figure = page.locator(`figure[data-chart="${slide.chart!.id}"]`);
            await expect(figure).toHaveAttribute('data-chart-step', String(slide.local));
            const svg = figure.locator('.screen-only svg[data-step-drawn]');
            await expect(svg).toHaveAttribute('data-step-drawn', String(slide.local));
            // laid out for its box made --chart-zoom times smaller, and drawn to fill it: every label at least
            // 24 px on 1080 lines
            await expect
              .poll(() => svg.evaluate((el) => {
                const box = el.parentElement!.getBoundingClientRect();
                const zoom = parseFloat(getComputedStyle(el.parentElement!).getPropertyValue('--chart-zoom'));
                return zoom > 1 && el.getAttribute('data-drawn-for') === `${Math.round(box.width / zoom)}x${Math.round(box.height / zoom)}`;
              }), `${slide.id} drawn for its box`)
              .toBe(true);
            const label = await svg.evaluate((el: SVGSVGElement) => {
              const k = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
              return Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * k));
            });
            expect(label, `${slide.id} chart labels`).toBeGreaterThanOrEqual(24 * scale - 0.5);
          }
        }
        // the end stays the end; Home and End jump; and back, one slide at a time, to the start
        await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(new RegExp(`#${slides.at(-1)!.id}$`));
        await page.keyboard.press('Home');
        await expect(page).toHaveURL(/#start$/);
        await page.keyboard.press('End');
        for (const slide of [...slides].reverse()) {
          await expect(page).toHaveURL(new RegExp(`#${slide.id}$`));
          if (slide.kind === 'step') await expect(page.locator(`figure[data-chart="${slide.chart!.id}"]`)).toHaveAttribute('data-chart-step', String(slide.local));
          await page.keyboard.press(slide.id.length % 2 ? 'ArrowLeft' : 'PageUp');
        }
        await expect(page.locator('#start')).toBeInViewport({ ratio: 1 });
      });
  });

test('a slide address is the story step address, and the story links to it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the same addresses at every size');
  const { sectionId, steps } = slideSections(STORIES.en).flatMap((s) => s.blocks.filter((b) => b.chart).map((b) => ({ sectionId: s.id, steps: b.slides })))[0]!;
  const last = steps.at(-1)!;
  const all = slideSections(STORIES.en).flatMap((s) => s.blocks.flatMap((b) => b.slides));
  await page.goto('/');
  // the story has the same address
  await expect(page.locator(`#${last.id}`)).toHaveCount(1);
  await page.locator(`#${sectionId} a.tool-link`).first().click();
  await expect(page).toHaveURL(new RegExp(`/present/#${steps[0]!.id}$`));
  await expect(page.locator(`#${steps[0]!.id}`)).toBeVisible();
  await page.goto(`/present/#${last.id}`);
  await expect(page.locator(`#${last.id}`)).toBeVisible();
  await expect(page.locator('[data-deck-count]')).toHaveText(`${all.findIndex((s) => s.id === last.id) + 2} / ${all.length + 1}`);
});

test('on a phone held upright, a chart slide keeps its chart large, and nothing runs off the side', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'a phone');
  test.setTimeout(120_000);
  // German, the longer language; the opening slide and the first and last step of every chart
  const blocks = slideSections(STORIES.de).flatMap((s) => s.blocks.filter((b) => b.chart));
  const ids = ['start', ...blocks.flatMap((b) => [b.slides[0]!.id, b.slides.at(-1)!.id])];
  const viewport = page.viewportSize()!;
  for (const id of [...new Set(ids)]) {
    await page.goto(`/de/present/#${id}`);
    await expect(page.locator(`#${id}`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(viewport.width);
    if (id === 'start') continue;
    // the chart's drawing at least a quarter of the screen's height (squeezed under its text, it had 44 to 190 px)
    const box = (await page.locator(`#${id}`).locator('xpath=ancestor::*[contains(@class, "deck-block")]').locator('.screen-only').first().boundingBox())!;
    expect(box.height, id).toBeGreaterThanOrEqual(0.25 * viewport.height);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every slide reads, one after the other', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'the same at every size');
    await page.goto('/present/');
    for (const id of await page.locator('[data-slide]').evaluateAll((els) => els.map((e) => e.id))) await expect(page.locator(`#${id}`)).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const)
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
    for (const path of ['/present/', `/de/present/#${slideSections(STORIES.de).find((s) => s.blocks.some((b) => b.chart))!.id}-step-1`])
      test(`axe finds no accessibility violations on ${path} (${colorScheme})`, async ({ page, isMobile }) => {
        // both projects draw the deck at 1280x720: the light judged with touch (the phone's project), the dark without
        test.skip(isMobile === (colorScheme === 'dark'), 'this scheme is judged in the other project');
        await page.goto(path);
        await expect(page.locator('[data-deck-nav]')).toBeVisible();
        const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
  });

test("the controls link to the slide shown: a chart step's share address, else the slide", async ({ page, isMobile }) => {
  test.skip(isMobile, 'the presentation is checked at wide screens');
  const slides = slideSections(STORIES.en).flatMap((s) => s.blocks.flatMap((b) => b.slides));
  const step = slides.find((s) => s.kind === 'step')!;
  const other = slides.find((s) => s.kind !== 'step')!;
  await page.goto(`/present/#${step.id}`);
  await expect(page.locator('[data-slide-link]')).toHaveAttribute('href', `/present/${step.id}/`);
  await page.goto(`/present/#${other.id}`);
  await expect(page.locator('[data-slide-link]')).toHaveAttribute('href', `#${other.id}`);
});
