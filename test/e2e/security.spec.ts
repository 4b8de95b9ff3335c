// Every page of the build runs under its own Content Security Policy, as a <meta> and as the header of
// dist/_headers (served by scripts/serve.mjs as a static host would): no inline script or style but by
// hash, no eval, nothing from another host, and no violation while the page loads and every chart on it
// draws (the guard in fixtures.ts fails a test on any). Only embed pages may be framed, and an embed page
// does nothing a parent tells it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, scrollyBlocks, test } from './fixtures';

/** Every page of the test build, from its headers file (one entry per page; "/*" is for every file), but the
 *  share pages of single steps, which send the reader on at once (sharing.spec.ts checks their policy). */
const pages = readFileSync(join(import.meta.dirname, '../../dist/_headers'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/') && !line.endsWith('*'))
  .filter((path) => !/\/embed\/[^/]+\/step-\d+\/$|\/(present|share)\/[^/]+\/$/.test(path));

test.describe('security policy', () => {
  test.skip(({ isMobile }) => isMobile, 'the policy does not depend on the screen');

  test('the build has a headers file entry for every page, the story and embeds among them', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/de/');
    expect(pages.some((p) => /^\/embed\/[^/]+\/$/.test(p))).toBe(true);
  });

  for (const path of pages)
    test(`${path}: strict policy, as <meta> and header, and no violation`, async ({ page }) => {
      const response = (await page.goto(path))!;
      const header = response.headers()['content-security-policy'] ?? '';
      const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      for (const policy of [header, meta]) {
        expect(policy).toMatch(/script-src 'self'/);
        expect(policy).toMatch(/style-src 'self'/);
        expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*\.|https?:/);
      }
      // the header is the page's own <meta> policy, plus what only a header can say
      const directives = (p: string) => p.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort();
      expect(directives(header).filter((d) => !d.startsWith('frame-ancestors'))).toEqual(directives(meta));
      expect(header).toContain(/\/embed\/[^/]+\/$/.test(path) ? 'frame-ancestors *' : "frame-ancestors 'none'");
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // (scripts may set styles through the DOM, which the policy allows; the page as served has none)
      expect((await response.text()).match(/<[^>]+\sstyle=/g), 'style attributes in the page as served').toBeNull();
      // every chart hydrates and draws (islands load as they scroll into view, or as their slide shows)
      for (const figure of await page.locator('figure[data-chart]').all()) {
        // in the presentation a chart shows with its slides: go to its first
        const slide = await figure.evaluate((f) => f.closest('[data-slide-block]')?.querySelector('[data-slide]')?.id);
        if (slide) await page.evaluate((id) => (location.hash = id), slide);
        await figure.scrollIntoViewIfNeeded();
        await expect(figure.locator('.screen-only svg[data-step-drawn]')).toHaveAttribute('data-step-drawn', /\d/);
      }
    });

  test('only embed pages can be framed, and a parent cannot steer one', async ({ browser, story }) => {
    // a page of its own, outside the guard: the refused frame is reported on the console, as it should be
    const page = await browser.newPage();
    const embedded = scrollyBlocks(story.en).find((b) => b.steps.length >= 2)!;
    await page.goto('/teach/');
    const frames = await page.evaluate(async (chartId) => {
      const load = (src: string) =>
        new Promise<HTMLIFrameElement>((done) => {
          const frame = Object.assign(document.createElement('iframe'), { src });
          frame.addEventListener('load', () => done(frame));
          document.body.append(frame);
        });
      const readable = (frame: HTMLIFrameElement) => {
        try {
          return !!frame.contentDocument?.querySelector('figure[data-chart], main');
        } catch {
          return false;
        }
      };
      const embed = await load(`/embed/${chartId}/`);
      const storyPage = await load('/');
      // a hostile parent: messages of every shape, which the embed must ignore
      for (const data of [{ type: 'deepseek-shock:height', height: 1 }, { step: 2 }, 'next', { type: 'chartstep', n: 2 }]) embed.contentWindow!.postMessage(data, '*');
      await new Promise((r) => setTimeout(r, 300));
      const figure = embed.contentDocument!.querySelector<HTMLElement>('figure[data-chart]')!;
      return { embed: readable(embed), story: readable(storyPage), step: figure.dataset.chartStep };
    }, embedded.chart.id);
    expect(frames).toEqual({ embed: true, story: false, step: '1' });
    await page.close();
  });
});
