// Sharing: every page has its own title and description, a canonical address and language alternates
// that resolve, a social preview image made at build time, and a sitemap (the test build sets SITE_URL).
import { chartSteps } from '../../src/lib/share/share-pages';
import { expect, expectChartAt, storyBlocks, settledMotion, STORIES, test } from './fixtures';

settledMotion();

// what a page tells a search engine or a chat does not depend on the screen: checked once, at the phone size
test.beforeEach(({ isMobile }) => test.skip(!isMobile, 'checked at the phone size'));

const PAGES = ['/', '/de/', '/teach/', '/de/teach/', '/facts/', '/de/facts/', '/present/', '/de/present/'];

test('every page has title, description, canonical, alternates and a preview image', async ({ page, request, baseURL }) => {
  const titles = new Set<string>();
  for (const path of PAGES) {
    await page.goto(path);
    const title = await page.title();
    expect(title.length).toBeGreaterThan(5);
    titles.add(title);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${path}`);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(alternates.map(([lang]) => lang)).toEqual(['en', 'de', 'x-default']);
    for (const [, href] of alternates) expect((await request.get(href!)).status()).toBe(200);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const png = await request.get(image!);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  expect(titles.size).toBe(PAGES.length);
});

test('each embed page shows its own chart as its preview image, in both languages', async ({ page, request }) => {
  const seen = new Set<string>();
  for (const [locale, prefix] of [['en', ''], ['de', '/de']] as const)
    for (const chart of STORIES[locale].sections.flatMap((s) => s.charts)) {
      await page.goto(`${prefix}/embed/${chart.id}/`);
      const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      expect(image, chart.id).toMatch(new RegExp(`/og/${locale}/${chart.id}\\.png$`));
      const png = await request.get(image);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], chart.id).toEqual([1200, 630]);
      // a card of its own, not the story's or another chart's
      seen.add(bytes.toString('base64'));
    }
  expect(seen.size).toBe(STORIES.en.sections.flatMap((s) => s.charts).length + STORIES.de.sections.flatMap((s) => s.charts).length);
});

test('every chart step has share addresses whose preview shows that step, and which open it', async ({ page, request }) => {
  test.setTimeout(120_000);
  for (const [locale, prefix] of [['en', ''], ['de', '/de']] as const) {
    const steps = chartSteps(STORIES[locale]);
    const cards = new Set<string>();
    for (const s of steps) {
      const images = new Set<string>();
      for (const path of [`${prefix}/share/${s.id}/`, `${prefix}/embed/${s.chart.id}/step-${s.step.local}/`, `${prefix}/present/${s.id}/`]) {
        const html = await (await request.get(path)).text();
        images.add(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!);
        expect(html, path).toContain('<meta name="robots" content="noindex">');
        expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self'/);
        expect(html, path).not.toMatch(/unsafe-inline|<[^>]+\sstyle=/);
        // a page of one line: none of the site's styles (SharePage.astro)
        expect(html.length, path).toBeLessThan(4000);
      }
      // every address of a step shows its own card
      expect([...images], s.id).toHaveLength(1);
      const image = [...images][0]!;
      expect(image, s.id).toMatch(new RegExp(`/og/${locale}/${s.chart.id}/${s.step.local}\\.png$`));
      const png = await request.get(image);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], s.id).toEqual([1200, 630]);
      cards.add(bytes.toString('base64'));
    }
    // a card per step, each its own (steps differ in their lead or their chart's state)
    const distinct = new Set(steps.map((s) => JSON.stringify([s.title, s.chart.layouts[s.step.local - 1]])));
    expect(cards.size).toBe(distinct.size);
    // followed, a share address opens its step: the story at the step, the embed at the step, the slide
    const s = steps.at(-1)!;
    await page.goto(`${prefix}/share/${s.id}/`);
    await expect(page).toHaveURL(new RegExp(`${prefix}/#${s.id}$`));
    await expectChartAt(page, s.chart.id, s.step.local);
    await page.goto(`${prefix}/embed/${s.chart.id}/step-${s.step.local}/`);
    await expect(page).toHaveURL(new RegExp(`${prefix}/embed/${s.chart.id}/\\?step=${s.step.local}$`));
    await expectChartAt(page, s.chart.id, s.step.local);
    await page.goto(`${prefix}/present/${s.id}/`);
    await expect(page).toHaveURL(new RegExp(`${prefix}/present/#${s.id}$`));
    await expect(page.locator(`#${s.id}`)).toBeInViewport();
  }
});

test('the sitemap lists the pages in both languages and robots.txt names it', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.sort()).toEqual(PAGES.map((p) => `${baseURL}${p}`).sort());
  for (const loc of locs) expect((await request.get(loc!)).status()).toBe(200);
});

test('embed pages are kept out of search engines', async ({ page }) => {
  await page.goto(`/embed/${storyBlocks(STORIES.en)[0]!.chart.id}/`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
