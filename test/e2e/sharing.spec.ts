// Sharing: every page has its own title and description, a canonical address and language alternates
// that resolve, a social preview image made at build time, and a sitemap (the test build sets SITE_URL).
import { chartSteps } from '../../src/lib/share/share-pages';
import { expect, expectChartAt, storyBlocks, settledMotion, STORIES, test } from './fixtures';
import { UNDER_BASE_PATH } from './servers';

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

// Every address a page's markup names (the href or src of an a, link, script, img, iframe or source), from the
// story pages outwards over the whole site, at the root and under a base path: each answers 200 at once (not
// by a redirect), and a #fragment names an element of its page by its id. (Not the addresses the scripts
// fetch, which the reader and embed tests follow.) The presentation's glossary links, written for the story
// page, had led to /present/teach/, a 404.
for (const [where, start] of [
  ['at the root', '/'],
  ['under a base path', UNDER_BASE_PATH],
] as const)
  test(`every link and file of the site ${where} leads to something there, every #fragment to an element`, async ({ request, baseURL }) => {
    test.setTimeout(120_000);
    const home = new URL(start, baseURL);
    const origin = home.origin;
    const pages = new Map<string, Set<string>>(); // page (no fragment) -> its ids
    const wanted: { from: string; to: URL }[] = [];
    const queue = [home.href, new URL('de/', home).href];
    const linkedFrom = new Map(queue.map((url) => [url, 'the start']));
    const broken: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      const response = await request.get(url, { maxRedirects: 0 });
      if (response.status() !== 200) broken.push(`${linkedFrom.get(url)} -> ${url}: ${response.status()}`);
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      const html = await response.text();
      pages.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      // (the addresses in attributes, not in text: an embed snippet shown as code is text)
      for (const [, attr] of html.matchAll(/<(?:a|link|script|img|iframe|source)(?:\s[^>]*?)?\s(?:href|src)="([^"]+)"/g)) {
        const to = new URL(attr!.replaceAll('&amp;', '&'), url);
        if (to.origin !== origin) continue;
        wanted.push({ from: url, to });
        const file = `${to.origin}${to.pathname}`;
        if (!linkedFrom.has(file)) linkedFrom.set(file, url), queue.push(file);
      }
    }
    expect(broken).toEqual([]);
    expect(pages.size).toBeGreaterThan(20);
    const fragments = wanted.filter(({ to }) => to.hash.length > 1 && pages.has(`${to.origin}${to.pathname}`));
    expect(fragments.length).toBeGreaterThan(100);
    const missing = fragments.filter(({ to }) => !pages.get(`${to.origin}${to.pathname}`)!.has(decodeURIComponent(to.hash.slice(1))));
    expect(missing.map(({ from, to }) => `${from} -> ${to.href}`)).toEqual([]);
  });
