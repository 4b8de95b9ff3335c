// What a reader does: scroll through, arrive by a link, reload, go back, flick, resize; in both languages.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StoryModel } from '../../src/lib/content/model';
import { blockWithSteps, expect, expectChartAt, expectFirstFactPrinted, oneSizePerLanguage, storyBlocks, test } from './fixtures';
import { LAYS_OUT_LATER } from '../../src/components/nav/lay-out-later';
import { highlightedIds } from '../../src/lib/charts/registry';
import { stepId } from '../../src/lib/paths';
import { readingProgress } from '../../src/lib/scroll/current-section';

const PROBE = join(import.meta.dirname, '../engines/probe.js');

const PAGES = [
  { locale: 'en', path: '/' },
  { locale: 'de', path: '/de/' },
] as const;

for (const { locale, path } of PAGES) {
  test.describe(`${locale} story`, () => {
    // this walk and the four tests after it: German on the phone, English on the desktop, the other way round
    // from the Firefox and WebKit walk (test/engines/run.ts), so that each language is scrolled, deep-linked,
    // reloaded and resized at each size in some engine (and read for overflow: layout.spec.ts checks every
    // step of both languages at both sizes for sideways scrolling too)
    test('scrolling down shows each chart reach each step in order', async ({ page, story, isMobile }) => {
      oneSizePerLanguage(locale, isMobile);
      test.setTimeout(120_000);
      await page.goto(path);
      const blocks = storyBlocks(story[locale]);
      const seen: Record<string, number[]> = Object.fromEntries(blocks.map((b) => [b.chart.id, []]));
      // wheel steps shorter than the closest gap between two steps' tops, so that each step is active at one
      // sample at least (a step stays active while the page scrolls by that gap); down to where the last
      // scrolly block has left the screen (the prose and sources below it change no chart), measured at each
      // step, so that the walk goes as far as the page is long then, whatever took its height since the load
      const wheel = await page.evaluate(() => {
        const blocks = [...document.querySelectorAll('[data-scrolly]')];
        const tops = blocks.map((block) => [...block.querySelectorAll('[data-step]')].map((s) => s.getBoundingClientRect().top + window.scrollY));
        const gaps = tops.flatMap((t) => t.slice(1).map((top, i) => top - t[i]!));
        return Math.max(10, Math.min(400, Math.floor(Math.min(...gaps) * 0.75)));
      });
      const end = () => page.evaluate(() => [...document.querySelectorAll('[data-scrolly]')].at(-1)!.getBoundingClientRect().bottom + window.scrollY);
      for (let y = 0; y < (await end()); y += wheel) {
        await page.mouse.wheel(0, wheel);
        // the controller updates on the next animation frames after the scroll: wait for them, not a time
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
        const steps = await page
          .locator('figure[data-chart]')
          .evaluateAll((figs) => figs.map((f) => [f.getAttribute('data-chart'), Number(f.getAttribute('data-chart-step'))] as const));
        for (const [id, step] of steps) {
          const list = seen[id!]!;
          if (list.at(-1) !== step) list.push(step);
        }
      }
      for (const b of blocks) {
        expect(seen[b.chart.id], b.chart.id).toEqual(b.steps.map((s) => s.local));
        await expectChartAt(page, b.chart.id, b.steps.length); // the island followed to the last step
      }
    });

    test('every step has a deep link that shows its state', async ({ page, story, isMobile }) => {
      oneSizePerLanguage(locale, isMobile);
      test.setTimeout(120_000);
      for (const b of storyBlocks(story[locale])) {
        for (const step of b.steps) {
          const link = stepId(b.sectionId, step.n);
          await page.goto(`${path}#${link}`);
          await expectChartAt(page, b.chart.id, step.local);
          await expect(page.locator(`#${link}`)).toHaveClass(/is-active/);
          await expect(page.locator(`#${link}`)).toBeInViewport();
          const expected = highlightedIds(b.chart.states[step.local - 1]!);
          if (expected.length === 0) continue; // "all highlighted"
          const lit = await page
            .locator(`figure[data-chart="${b.chart.id}"] .screen-only [data-highlighted="true"]`)
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-row')).sort());
          expect(lit).toEqual([...expected].sort());
        }
      }
    });

    test('reload, back button and a fast jump land on the same step', async ({ page, story, isMobile }) => {
      oneSizePerLanguage(locale, isMobile);
      const b = storyBlocks(story[locale]).find((x) => x.steps.length >= 3)!;
      const link = (i: number) => stepId(b.sectionId, b.steps[i]!.n);
      const last = b.steps.length - 1;
      await page.goto(`${path}#${link(1)}`);
      await expectChartAt(page, b.chart.id, 2);
      await page.goto(`${path}#${link(last)}`);
      await expectChartAt(page, b.chart.id, last + 1);
      await page.goBack();
      await expectChartAt(page, b.chart.id, 2);
      await page.reload();
      await expectChartAt(page, b.chart.id, 2);
      // a flick straight from the top to the third step, with no steps in between
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
      }, link(2));
      await expectChartAt(page, b.chart.id, 3);
    });

    test('after a resize the state matches the geometry', async ({ page, story, isMobile }) => {
      oneSizePerLanguage(locale, isMobile);
      const b = storyBlocks(story[locale]).find((x) => x.steps.length >= 3)!;
      await page.goto(`${path}#${stepId(b.sectionId, b.steps[2]!.n)}`);
      await expectChartAt(page, b.chart.id, 3);
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: size.width > 600 ? 390 : 1280, height: size.width > 600 ? 844 : 800 });
      await page.waitForTimeout(400);
      const expected = await page.evaluate((chartId) => {
        const trigger = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--scrolly-trigger'));
        const block = document.querySelector(`figure[data-chart="${chartId}"]`)!.closest('[data-scrolly]')!;
        const tops = [...block.querySelectorAll('[data-step]')].map((e) => e.getBoundingClientRect().top);
        return tops.filter((t) => t <= window.innerHeight * trigger).length || 1;
      }, b.chart.id);
      await expectChartAt(page, b.chart.id, expected);
    });

    test('nothing overflows sideways and every step text is readable', async ({ page, story, isMobile }) => {
      oneSizePerLanguage(locale, isMobile);
      test.setTimeout(90_000);
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
      for (const b of storyBlocks(story[locale]))
        for (const step of b.steps) {
          const card = page.locator(`#${stepId(b.sectionId, step.n)} .step-card`);
          await card.scrollIntoViewIfNeeded();
          const box = (await card.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
          await expect(card).toBeVisible();
        }
    });
  });
}

test('the German page is German, with German number formats', async ({ page, story, isMobile }) => {
  test.skip(!isMobile, 'the same at every size');
  await page.goto('/de/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectFirstFactPrinted(page, story.de);
  // a chart's values are printed as the German layout has them (decimal comma where there are decimals)
  const rows = storyBlocks(story.de).flatMap((x) => (x.chart.kind === 'rows' ? x.chart.layouts[0]!.rows.filter((r) => r.visible).map((r) => ({ chart: x.chart.id, text: r.valueText })) : []));
  const value = rows.find((r) => /\d,\d/.test(r.text)) ?? rows[0]!;
  await expect(page.locator(`figure[data-chart="${value.chart}"] .screen-only text`).filter({ hasText: value.text }).first()).toBeAttached();
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectFirstFactPrinted(page, story.en);
});

test('?debug shows the trigger line and the active step', async ({ page, story }) => {
  const b = blockWithSteps(story.en, 2);
  await page.goto(`/?debug#${b.stepId(2)}`);
  await expect(page.locator('.scrolly-debug')).toBeVisible();
  await expect(page.locator('.scrolly-debug')).toHaveText(`${b.chart.id}: ${b.stepId(2)} (chart step 2 of ${b.steps.length})`);
});

test('keyboard: the first Tab reveals the skip link, which moves focus to the story', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the story' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('pointing at a line shows the value under the pointer', async ({ page, isMobile, story }) => {
  test.skip(isMobile, 'no pointer hover on a phone; the data table lists every value');
  const block = storyBlocks(story.en).find((b) => b.chart.kind === 'lines');
  test.skip(!block, 'the story has no line chart');
  const { sectionId, chart, steps } = block!;
  const last = steps.at(-1)!;
  await page.goto(`/#${stepId(sectionId, last.n)}`);
  await expectChartAt(page, chart.id, last.local); // drawn by the island, so the pointer has a listener
  const tip = page.locator(`figure[data-chart="${chart.id}"] .screen-only text.tip`);
  const box = (await page.locator(`figure[data-chart="${chart.id}"] .screen-only .listener`).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(tip).toHaveText(/\d/);
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
});

// a plain visit lays out the first screen first and every section after it (components/nav/lay-out-later.ts);
// a link into the story and a reload lay every section out before the browser scrolls to their place
test('a plain visit lays out every section and source group soon after the load; a link into the story or a reload, at once', async ({ page, story }) => {
  const sections = story.en.sections.map((s) => s.id);
  const laidOut = () => laidOutSections(page, sections);
  const lateAtFirst = () => page.evaluate((name) => document.documentElement.classList.contains(name), LAYS_OUT_LATER);
  await page.goto('/');
  expect(await lateAtFirst()).toBe(true);
  await everySectionLaidOut(page, story.en);
  // and then the sources index, a group a task
  const groups = () => page.evaluate(() => [...document.querySelectorAll('.sources-group')].map((g) => getComputedStyle(g).contentVisibility));
  expect((await groups()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await groups()).every((v) => v === 'visible')).toBe(true);
  // opened at the last chart's first step, then reloaded: laid out before the parser is done
  const last = storyBlocks(story.en).at(-1)!;
  await page.goto('about:blank');
  await page.goto(`/#${stepId(last.sectionId, last.steps[0]!.n)}`, { waitUntil: 'domcontentloaded' });
  expect([await lateAtFirst(), await laidOut()]).toEqual([false, sections]);
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect([await lateAtFirst(), await laidOut()]).toEqual([false, sections]);
});

test('a section chosen from the contents while a plain visit still lays out its blocks comes to rest under the header and stays there', async ({ page, story }) => {
  const sections = story.en.sections.map((s) => s.id);
  const middle = sections[Math.floor(sections.length / 2)]!;
  // the engine walk's probe, for its measure of where a link lands (landed)
  await page.addInitScript({ path: PROBE });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  // a click on the title, then the link, in the task that counts the blocks left (the page lays out a block a
  // task, and a task is far shorter than a round trip): the title's click lays out nothing
  const [left, afterTitle] = await page.evaluate((id) => {
    const count = () => document.querySelectorAll('.lays-out-later .story-section > :not(.is-laid-out)').length;
    const n = count();
    document.querySelector<HTMLElement>('.hero h1')!.click();
    const m = count();
    document.querySelector<HTMLAnchorElement>(`[data-toc-link="${id}"]`)!.click();
    return [n, m];
  }, middle);
  expect(left, 'blocks still to lay out at the click').toBeGreaterThan(0);
  expect(afterTitle, 'blocks still to lay out after a click on the title').toBe(left);
  // where the section rests a frame after the browser has scrolled to it, and how far it moves in the next 1.5 s
  const { rest, drift, header } = await page.evaluate(
    (id) => (window as unknown as { __probe: { landed(id: string): Promise<{ rest: number; drift: number; header: number }> } }).__probe.landed(id),
    middle,
  );
  expect(rest, 'the section rests under the header').toBeGreaterThanOrEqual(header - 2);
  expect(rest, 'the section rests under the header').toBeLessThanOrEqual(header + 40);
  expect(drift, 'the section moved after it came to rest').toBeLessThanOrEqual(2);
  await everySectionLaidOut(page, story.en);
});

test('a chart is drawn and laid out before the reader reaches it, in tasks of its own, not in a frame of scrolling', async ({ page, story }) => {
  const b = storyBlocks(story.en).at(-1)!;
  await page.goto('/');
  await everySectionLaidOut(page, story.en);
  // its block two screens below the window: within its island's reach (two and a half screens), beyond the
  // browser's own for a drawing that waits for the screen (a screen and a half in Chromium 150)
  const figure = page.locator(`.scrolly-graphic figure[data-chart="${b.chart.id}"]`);
  await figure.evaluate((f) => scrollTo(0, f.closest('[data-scrolly]')!.getBoundingClientRect().top + scrollY - 3 * innerHeight));
  const state = () =>
    figure.evaluate((f) => ({
      below: f.getBoundingClientRect().top / innerHeight > 2.6,
      drawn: !!f.querySelector('svg.chart[data-drawn-for]'),
      laidOut: f.querySelector('svg.chart text')!.checkVisibility({ contentVisibilityAuto: true }),
    }));
  await expect.poll(state).toEqual({ below: true, drawn: true, laidOut: true });
});

test("every script of more than 2 KB that the story loads starts with V8's compile hint, and no smaller one does", async ({ page, isMobile }) => {
  test.skip(isMobile, 'the files are the same at every size');
  await page.goto('/');
  // the charts' code, fetched once the page has been shown
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).length)).toBeGreaterThan(2);
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js')));
  for (const file of files) {
    const text = await (await page.request.get(file)).text();
    expect(text.startsWith('//# allFunctionsCalledOnLoad\n'), `${file} (${text.length} B)`).toBe(text.length > 2048 + 29);
  }
});

for (const reducedMotion of ['no-preference', 'reduce'] as const)
  test.describe(`reduced motion: ${reducedMotion}`, () => {
    test.use({ reducedMotion });
    test('the progress bar shows how far the page is read, moved by the styles with the scroll, not by a script in each frame', async ({ page, story }) => {
      await page.goto('/');
      // once every section is laid out, the page's height stays as the bar measures it
      await everySectionLaidOut(page, story.en);
      const bar = page.locator('[data-progress]');
      for (const at of [0.2, 0.5, 0.8, 1]) {
        const { shown, scrolled, height, viewport, written } = await bar.evaluate(async (b, at) => {
          scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * at);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return {
            shown: b.getBoundingClientRect().width / b.parentElement!.getBoundingClientRect().width,
            scrolled: scrollY,
            height: document.documentElement.scrollHeight,
            viewport: innerHeight,
            written: b.style.transform,
          };
        }, at);
        // how far the page is read, as the header's script computes it where the styles cannot
        const read = readingProgress(scrolled, height, viewport);
        expect(Math.abs(shown - read), `at ${at}: the bar shows ${shown}, the page is read to ${read}`).toBeLessThan(0.01);
        expect(written).toBe('');
      }
    });
  });

/** Waits until every section of the story is laid out (none waits for the screen any more). */
async function everySectionLaidOut(page: Page, story: StoryModel): Promise<void> {
  const sections = story.sections.map((s) => s.id);
  await expect.poll(() => laidOutSections(page, sections)).toEqual(sections);
}

/** Which of the sections (by id) are laid out: neither they nor any of their blocks waits for the screen
 *  (content-visibility), but for the sources index, which waits for it on every visit (styles/notes.css). */
function laidOutSections(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate(
    (ids) =>
      ids.filter((id) => {
        const section = document.getElementById(id)!;
        const blocks = [...section.children].filter((e) => !e.classList.contains('sources-index'));
        return [section, ...blocks].every((e) => getComputedStyle(e).contentVisibility === 'visible');
      }),
    ids,
  );
}
