// Shared Playwright fixtures: every test fails on a console error, an uncaught exception, an error event on
// the window, a security policy violation or a request to any host but the local server; `story` is the content as the pages build it, for expected values.
import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { readContentDir } from '../../src/lib/content/read-dir';
import type { ResolvedFact, StoryModel } from '../../src/lib/content/model';
import { scrollyBlocks } from '../../src/lib/content/scrolly-blocks';
import { buildStory } from '../../src/lib/content/story';
import { formatProse } from '../../src/lib/display';
import type { Locale } from '../../src/lib/format';
import { stepId as sectionStepId } from '../../src/lib/paths';

const { input } = readContentDir(join(import.meta.dirname, '../..'));
/** The story in both languages, also for generating tests (a chart id to visit). */
export const STORIES: Record<Locale, StoryModel> = { en: buildStory(input, 'en'), de: buildStory(input, 'de') };

export const test = base.extend<{ guard: void; story: Record<Locale, StoryModel> }>({
  story: async ({}, use) => use(STORIES),
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      // what only window.onerror sees (a "ResizeObserver loop" error, a script or font that failed to load),
      // as an error tracker on the page would, and anything the page's security policy refused
      await page.addInitScript(() => {
        addEventListener('error', (e) => console.error(`window error: ${e.message || `failed to load ${(e.target as HTMLScriptElement)?.src}`}`), true);
        addEventListener('securitypolicyviolation', (e) => console.error(`security policy: ${e.violatedDirective} refused ${e.blockedURI || 'inline'}`));
      });
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:')
          problems.push(`request to another host: ${r.url()}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** For a file whose checks read the same once things have settled (content, links, receipts): motion is
 *  reduced, which spares the machine every transition. The walks in reader, hostile, educator and modes, and
 *  the policy checks of security, keep it. Call at the top of the file. */
export function settledMotion() {
  test.use({ reducedMotion: 'reduce' });
}

/** For a check written once per language that need not run for every pair of language and size: German runs
 *  at the phone size (where the edited copy of scripts/test-edits.ts runs it too) and English at the desktop
 *  size, so that each language and each size is still covered, in half the time. */
export function oneSizePerLanguage(locale: Locale, isMobile: boolean) {
  test.skip(isMobile !== (locale === 'de'), 'this language is checked at the other size');
}

/** Every scrolly block of a story: its section, chart and steps (n: link number, local: chart step). */
export function storyBlocks(story: StoryModel) {
  return story.sections.flatMap((s) => scrollyBlocks(s.blocks).map((b) => ({ sectionId: s.id, chart: b.chart, steps: b.steps })));
}

/** The scrolly block with the most steps (at least `least`), for tests that walk a few steps: taken from the
 *  story, so that an editor's change of charts or steps keeps them meaningful. */
export function blockWithSteps(story: StoryModel, least = 3) {
  const block = [...storyBlocks(story)].sort((a, b) => b.steps.length - a.steps.length)[0];
  if (!block || block.steps.length < least) throw new Error(`the story has no chart with ${least} steps or more`);
  const stepId = (i: number) => sectionStepId(block.sectionId, block.steps[i - 1]!.n);
  return { ...block, stepId };
}

/** Waits until a chart both claims (data-chart-step) and draws (data-step-drawn) its step n, hydrated and laid
 *  out for the size its box has now (data-drawn-for), not the server's fallback drawing or an earlier size. */
export async function expectChartAt(page: Page, chartId: string, n: number) {
  const figure = page.locator(`figure[data-chart="${chartId}"]`);
  await expect(figure).toHaveAttribute('data-chart-step', String(n));
  const svg = figure.locator('.screen-only svg[data-step-drawn]');
  await expect(svg).toHaveAttribute('data-step-drawn', String(n));
  await expect
    .poll(
      () =>
        svg.evaluate((el) => {
          const box = el.parentElement!.getBoundingClientRect();
          return el.getAttribute('data-drawn-for') === `${Math.round(box.width)}x${Math.round(box.height)}`;
        }),
      `${chartId} is drawn for its box`,
    )
    .toBe(true);
}

/** As expectChartAt, and then waits until the chart has settled (.settled): from there on its marks move by
 *  transition, and nothing its first drawing started is still running. */
export async function expectChartSettled(page: Page, chartId: string, n: number) {
  await expectChartAt(page, chartId, n);
  await expect(page.locator(`figure[data-chart="${chartId}"] .screen-only svg.chart.settled`)).toHaveCount(1);
}

/** Every way the story may print a fact in a language: as it is, as a magnitude, bare, with every digit. */
export function printedForms(fact: ResolvedFact, locale: Locale): string[] {
  const forms = [{}, { abs: true }, { bare: true }, { exact: true }, { exact: true, abs: true }];
  return forms.map((o) => formatProse(fact, locale, { ...o, override: fact.display }));
}

/** Expects the page's first cited figure to read as the content model prints it in that language. */
export async function expectFirstFactPrinted(page: Page, story: StoryModel) {
  const first = page.locator('[data-fact]').first();
  const id = (await first.getAttribute('data-fact'))!;
  expect(printedForms(story.facts[id]!, story.locale)).toContain(await first.textContent());
}

/** Waits until a chart shows the step its cards call for where the page now stands: the last card whose top
 *  has passed the trigger line (CSS --scrolly-trigger), drawn and marked active. Returns that step. */
export async function expectChartMatchesView(page: Page, chartId: string) {
  const figure = page.locator(`figure[data-chart="${chartId}"]`);
  let expected = 0;
  await expect
    .poll(async () => {
      const seen = await figure.evaluate((f: HTMLElement) => {
        const trigger = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--scrolly-trigger'));
        const steps = [...f.closest('[data-scrolly]')!.querySelectorAll('[data-step]')];
        const n = steps.filter((e) => e.getBoundingClientRect().top <= window.innerHeight * trigger).length || 1;
        const active = steps.findIndex((e) => e.classList.contains('is-active')) + 1;
        return { n, claimed: Number(f.dataset.chartStep), drawn: Number(f.querySelector<SVGElement>('.screen-only svg')?.dataset.stepDrawn), active };
      });
      expected = seen.n;
      return seen.claimed === seen.n && seen.drawn === seen.n && seen.active === seen.n;
    }, `${chartId} shows the step in view`)
    .toBe(true);
  return expected;
}
