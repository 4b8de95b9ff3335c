// Embeds: every chart's own page draws it at ?step=1 and at its last step, steps with its buttons, and
// works inside an iframe on another page of the site, which it fits to its height.
import type { Locator, Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockWithSteps, expect, expectChartAt, oneSizePerLanguage, storyBlocks, settledMotion, STORIES, test } from './fixtures';

settledMotion();

/** A chart's "Embed this chart" disclosure on a story page (prefix: '' or '/de'). */
const snippetOf = (page: Page, chartId: string, prefix = '') => page.locator(`details.embed-snippet:has(a[href="${prefix}/embed/${chartId}/"])`);
/** The starting height a snippet's code gives its frame. */
const startingHeight = (code: string) => Number(/height="(\d+)"/.exec(code)![1]);
/** Each language's story, and the path its pages stand under. */
const LANGUAGES = [
  { locale: 'en', prefix: '' },
  { locale: 'de', prefix: '/de' },
] as const;

for (const { locale, prefix } of LANGUAGES) {
  test(`${locale}: every embed page draws its chart at the first and the last step`, async ({ page, story, isMobile }) => {
    oneSizePerLanguage(locale, isMobile);
    // four page loads per chart
    test.setTimeout(storyBlocks(story[locale]).length * 12_000);
    for (const b of storyBlocks(story[locale])) {
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
  for (const b of storyBlocks(story.en)) {
    const frame = page.locator(`section#${b.chart.id} > iframe`);
    await frame.scrollIntoViewIfNeeded();
    const inner = frame.contentFrame();
    await expect(inner.locator(`figure[data-chart="${b.chart.id}"] .screen-only svg[data-step-drawn="1"]`)).toBeVisible();
    if (b.steps.length > 1) {
      await inner.locator('[data-step-next]').click();
      await expect(inner.locator(`figure[data-chart="${b.chart.id}"] .screen-only svg[data-step-drawn]`)).toHaveAttribute('data-step-drawn', '2');
    } else await expect(inner.locator('[data-step-next]')).toBeDisabled(); // a chart of one step has nowhere to go
    await expectFitted(frame, b.chart.id);
  }
});

// the frame took the height of its page's content: no scrolling, and no empty bottom. The page reports its
// height after each change (a step's text, the chart's fonts and hydration), and each report crosses from frame
// to page and back as a message: on a loaded machine that can take more than the default five seconds, so the
// difference in px is polled longer, and a failure says how far apart they are.
async function expectFitted(frame: Locator, id: string) {
  const inner = frame.contentFrame();
  await expect
    .poll(
      async () => {
        const content = await inner.locator('body').evaluate((e) => e.getBoundingClientRect().height);
        // inside its border, if it has one
        const box = await frame.evaluate((f) => f.clientHeight);
        return Math.round(Math.abs(box - content));
      },
      { message: `${id}: frame height minus content height`, timeout: 15_000 },
    )
    .toBeLessThanOrEqual(1);
}

test('pasted into a page on another site, a snippet fits its frame to the chart, at any width', async ({ page, story, isMobile }) => {
  test.skip(isMobile, 'the host page sets its own widths');
  test.setTimeout(60_000);
  // the snippet as a reader copies it from the story, pasted into a column of a page on another origin: a
  // server of its own on another port, as a blog would be (a page the test runner makes up counts as a
  // public one, which Chromium does not let frame a local address)
  await page.goto('/');
  const b = storyBlocks(story.en)[0]!;
  const code = (await snippetOf(page, b.chart.id).locator('[data-embed-snippet]').textContent())!;
  const start = startingHeight(code);
  const blog = `<!doctype html><title>A blog</title><body style="margin:0"><div id="column" style="width:320px">${code}</div>`;
  const host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(blog));
  await new Promise<void>((listening) => host.listen(0, '127.0.0.1', listening));
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const frame = page.locator('iframe');
    const heights: number[] = [];
    for (const width of [320, 720]) {
      await page.locator('#column').evaluate((e, w) => (e.style.width = `${w}px`), width);
      await expectFitted(frame, `${b.chart.id} at ${width} px`);
      heights.push(await frame.contentFrame().locator('body').evaluate((e) => e.getBoundingClientRect().height));
    }
    // the content's height is not the snippet's starting one: the script fitted the frame, not the snippet
    expect(heights.some((h) => Math.abs(h - start) > 3), `content heights ${heights}, starting height ${start}`).toBe(true);
  } finally {
    host.close();
  }
});

// A host page that drops the snippet's script keeps the frame at its starting height: that height holds the
// chart at every step a reader steps to, in a column 600 px wide (the height reckons each paragraph's lines
// from its length, at fewer characters to a line than a line holds).
for (const { locale, prefix } of LANGUAGES) {
  test(`${locale}: without its script, a snippet's frame holds every step of its chart`, async ({ page, story, isMobile }) => {
    test.skip(isMobile, 'measured in a frame 600 px wide');
    test.setTimeout(120_000);
    await page.goto(`${prefix}/`);
    const heights = new Map<string, number>();
    for (const b of storyBlocks(story[locale])) {
      heights.set(b.chart.id, startingHeight((await snippetOf(page, b.chart.id, prefix).locator('[data-embed-snippet]').textContent())!));
    }
    await page.setViewportSize({ width: 600, height: 800 });
    const over: string[] = [];
    for (const b of storyBlocks(story[locale]))
      for (const step of b.steps) {
        await page.goto(`${prefix}/embed/${b.chart.id}/?step=${step.local}`);
        await expectChartAt(page, b.chart.id, step.local);
        const content = await page.locator('body').evaluate((e) => e.getBoundingClientRect().height);
        if (content > heights.get(b.chart.id)!) over.push(`${b.chart.id} step ${step.local}: ${Math.ceil(content)} px in a frame of ${heights.get(b.chart.id)}`);
      }
    expect(over).toEqual([]);
  });
}

test('the story offers a copy-ready iframe snippet for every chart', async ({ page, story, baseURL, isMobile }) => {
  test.skip(!isMobile, 'the snippets are the same at every size');
  await page.goto('/');
  for (const b of storyBlocks(story.en)) {
    const snippet = snippetOf(page, b.chart.id).locator('[data-embed-snippet]');
    await expect(snippet).toHaveText(new RegExp(`^<iframe src="${baseURL}/embed/${b.chart.id}/\\?step=1" title="[^"]+" width="100%" height="\\d+"`));
  }
});

test.describe('copying a snippet', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test("a snippet's copy button copies its code whole", async ({ page, story, isMobile }) => {
    test.skip(isMobile, 'the same button at every size');
    await page.goto('/');
    const b = storyBlocks(story.en)[0]!;
    const details = snippetOf(page, b.chart.id);
    await details.locator('summary').click();
    await details.locator('[data-copy-snippet]').click();
    const code = (await details.locator('[data-embed-snippet]').textContent())!;
    expect(code).toMatch(/^<iframe src="http/);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect(page.locator('#announcer')).not.toBeEmpty();
  });
});

/** A step's opening words as the page prints them: its bold lead, without markup. */
const leadOf = (html: string) => (html.match(/<strong>([\s\S]*?)<\/strong>/)?.[1] ?? html).replace(/<[^>]+>/g, '').replace(/&#x26;|&amp;/g, '&').trim();

for (const { locale, prefix } of LANGUAGES) {
  test(`${locale}: an embed shows the text of the step it draws, and follows the buttons`, async ({ page, story, isMobile }) => {
    oneSizePerLanguage(locale, isMobile);
    test.setTimeout(90_000);
    for (const b of storyBlocks(story[locale])) {
      const n = Math.min(2, b.steps.length);
      await page.goto(`${prefix}/embed/${b.chart.id}/?step=${n}`);
      await expectChartAt(page, b.chart.id, n);
      const shown = page.locator('[data-embed-step]:visible');
      await expect(shown).toHaveCount(1);
      await expect(shown).toHaveAttribute('data-embed-step', String(n));
      await expect(shown).toContainText(leadOf(b.steps[n - 1]!.html));
      if (b.steps.length > 1) {
        await page.locator(n > 1 ? '[data-step-prev]' : '[data-step-next]').click();
        const m = n > 1 ? n - 1 : n + 1;
        await expectChartAt(page, b.chart.id, m);
        await expect(page.locator('[data-embed-step]:visible')).toHaveAttribute('data-embed-step', String(m));
        await expect(page.locator('[data-embed-step]:visible')).toContainText(leadOf(b.steps[m - 1]!.html));
      }
    }
  });
}

test.describe('an embed without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("shows step 1's text with the chart at step 1", async ({ page, story }) => {
    const b = blockWithSteps(story.de);
    await page.goto(`/de/embed/${b.chart.id}/?step=3`);
    await expect(page.locator('[data-embed-step]:visible')).toHaveCount(1);
    await expect(page.locator('[data-embed-step]:visible')).toContainText(leadOf(b.steps[0]!.html));
    // links in the step text lead out of the frame, to the story's own pages
    for (const link of await page.locator('[data-embed-step] a[href]').all()) {
      await expect(link).toHaveAttribute('target', '_top');
      await expect(link).toHaveAttribute('href', /^\/de\//);
    }
  });
});

test('an embed keeps a readable width on a wide screen, centred', async ({ page, story }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/embed/${blockWithSteps(story.en).chart.id}/?step=3`);
  const box = (await page.locator('main').boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(44 * 16 + 1);
  expect(Math.abs(box.x + box.width / 2 - 720)).toBeLessThan(2);
});

test.describe('the ?theme parameter', () => {
  const CHART = storyBlocks(STORIES.en).at(-1)!.chart.id;
  const paperOf = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  // the parameter is read the same way at every size: one case at each
  test('dark on a light system', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'checked at the phone size');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/embed/${CHART}/?step=2&theme=dark`);
    expect(await paperOf(page)).toBe('rgb(17, 19, 24)');
  });
  test('light on a dark system', async ({ page, isMobile }) => {
    test.skip(isMobile, 'checked at the desktop size');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/embed/${CHART}/?step=2&theme=light`);
    expect(await paperOf(page)).toBe('rgb(255, 255, 255)');
    await page.goto(`/embed/${CHART}/?step=2`);
    expect(await paperOf(page)).toBe('rgb(17, 19, 24)');
  });
});
