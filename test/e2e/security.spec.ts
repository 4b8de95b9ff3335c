// Every page of the build runs under its own Content Security Policy, as a <meta> and as the header of
// dist/_headers (served by scripts/serve.mjs as a static host would): no inline script or style but by
// hash, no eval, nothing from another host, and no violation while the page loads and every chart on it
// draws (the guard in fixtures.ts fails a test on any). Only embed pages may be framed, and an embed page
// does nothing a parent tells it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/lib/csp';
import { expect, storyBlocks, STORIES, test } from './fixtures';

const DIST = join(import.meta.dirname, '../../dist');

/** The security policy the headers file gives each page ("/*" is for every file, and sets none). */
const policies = new Map(
  readFileSync(join(DIST, '_headers'), 'utf8')
    .split(/\n(?=\/)/)
    .map((entry) => [entry.split('\n')[0]!.trim(), /Content-Security-Policy: (.*)/.exec(entry)?.[1] ?? ''] as const)
    .filter(([path]) => !path.endsWith('*')),
);

/** Every page of the test build, but the share pages of single steps, which send the reader on at once
 *  (sharing.spec.ts loads them); and of those, the ones a browser loads: one of each kind in each language,
 *  as pages of a kind differ only in their content (one embed page of a chart kind stands for the others of
 *  its kind). What differs between pages of a kind, their inline scripts and styles, is checked on every
 *  page from its file. */
const pages = [...policies.keys()].filter((path) => !/\/embed\/[^/]+\/step-\d+\/$|\/(present|share)\/[^/]+\/$/.test(path));
const chartKinds = new Map(STORIES.en.sections.flatMap((s) => s.charts).map((c) => [c.id, c.kind]));
const kindOf = (path: string) => path.replace(/\/embed\/([^/]+)\/$/, (_, id: string) => `/embed/<${chartKinds.get(id)}>/`);
const loaded = pages.filter((path, i) => pages.findIndex((p) => kindOf(p) === kindOf(path)) === i);

/** A policy's directives, in order, whitespace as one space. */
const directives = (p: string) => p.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort();
const hashOf = (text: string) => `'${sha256(text)}'`;
/** Who may frame a page: anyone for an embed page, nobody for the others. */
const framing = (path: string) => (/\/embed\/[^/]+\/$/.test(path) ? 'frame-ancestors *' : "frame-ancestors 'none'");

test.describe('security policy', () => {
  test.skip(({ isMobile }) => isMobile, 'the policy does not depend on the screen');

  test('the build has a headers file entry for every page, the story and embeds among them', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/de/');
    expect(pages.some((p) => /^\/embed\/[^/]+\/$/.test(p))).toBe(true);
    expect(loaded.length).toBeLessThan(pages.length);
  });

  test("every page's file: the header's policy is its <meta> policy, which lists each inline script and style by hash; no style attribute", () => {
    for (const [path, header] of policies) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
      expect(directives(header).filter((d) => !d.startsWith('frame-ancestors')), path).toEqual(directives(meta));
      expect(header, path).toContain(framing(path));
      const allowed = (kind: string) => directives(meta).find((d) => d.startsWith(`${kind}-src `))?.split(' ') ?? [];
      // scripts the browser runs (a JSON data block is not one), and styles
      const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      for (const script of scripts) expect(allowed('script'), `${path}: script ${script.slice(0, 60)}`).toContain(hashOf(script));
      for (const style of styles) expect(allowed('style'), `${path}: style ${style.slice(0, 60)}`).toContain(hashOf(style));
      // (scripts may set styles through the DOM, which the policy allows; the page as served has none)
      expect(html.match(/<[^>]+\sstyle=/g), `${path}: style attributes`).toBeNull();
    }
  });

  for (const path of loaded)
    test(`${path}: strict policy, as <meta> and header, and no violation`, async ({ page }) => {
      const response = (await page.goto(path))!;
      const header = response.headers()['content-security-policy'] ?? '';
      const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      for (const policy of [header, meta]) {
        expect(policy).toMatch(/script-src 'self'/);
        expect(policy).toMatch(/style-src 'self'/);
        expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*\.|https?:/);
      }
      // the header as served is the page's own <meta> policy, plus what only a header can say
      expect(directives(header).filter((d) => !d.startsWith('frame-ancestors'))).toEqual(directives(meta));
      expect(header).toContain(framing(path));
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
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
    const embedded = storyBlocks(story.en).find((b) => b.steps.length >= 2)!;
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
