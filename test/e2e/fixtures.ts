// Shared Playwright fixtures: every test fails on a console error, an uncaught exception or a request to
// any host but the local server; `story` is the content as the pages build it, for expected values.
import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildStory, type StoryModel } from '../../src/lib/content/story';
import type { Locale } from '../../src/lib/format';

const { input } = readContentDir(join(import.meta.dirname, '../..'));
const STORIES: Record<Locale, StoryModel> = { en: buildStory(input, 'en'), de: buildStory(input, 'de') };

export const test = base.extend<{ guard: void; story: Record<Locale, StoryModel> }>({
  story: async ({}, use) => use(STORIES),
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
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

/** The scrolly sections of a story with their step counts and charts. */
export function scrollySections(story: StoryModel) {
  return story.sections.filter((s) => s.chart).map((s) => ({ id: s.id, chart: s.chart!, steps: s.steps.length }));
}

/** The step the figure in a section shows, as written by the controller and as drawn by the island. */
export async function chartStep(page: Page, sectionId: string) {
  const figure = page.locator(`#${sectionId} figure[data-chart]`);
  return {
    written: Number(await figure.getAttribute('data-chart-step')),
    drawn: Number(await figure.locator('svg[data-step-drawn]').getAttribute('data-step-drawn')),
  };
}

/** Waits until the chart in a section both claims and draws step n. */
export async function expectChartAt(page: Page, sectionId: string, n: number) {
  const figure = page.locator(`#${sectionId} figure[data-chart]`);
  await expect(figure).toHaveAttribute('data-chart-step', String(n));
  await expect(figure.locator('svg[data-step-drawn]')).toHaveAttribute('data-step-drawn', String(n));
}
