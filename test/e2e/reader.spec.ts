// What a reader does: scroll through, arrive by a link, reload, go back, flick, resize; in both languages.
import { expect, expectChartAt, scrollySections, test } from './fixtures';
import { CHARTS } from '../../src/lib/charts/registry';

const PAGES = [
  { locale: 'en', path: '/' },
  { locale: 'de', path: '/de/' },
] as const;

for (const { locale, path } of PAGES) {
  test.describe(`${locale} story`, () => {
    test('scrolling down shows each chart reach each step in order', async ({ page, story }) => {
      await page.goto(path);
      const sections = scrollySections(story[locale]);
      const seen: Record<string, number[]> = Object.fromEntries(sections.map((s) => [s.id, []]));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 150) {
        await page.mouse.wheel(0, 150);
        await page.waitForTimeout(40);
        for (const s of sections) {
          const step = Number(await page.locator(`#${s.id} figure[data-chart]`).getAttribute('data-chart-step'));
          const list = seen[s.id]!;
          if (list.at(-1) !== step) list.push(step);
        }
      }
      for (const s of sections) expect(seen[s.id], s.id).toEqual(Array.from({ length: s.steps }, (_, i) => i + 1));
      // and the island followed: it draws the last step
      for (const s of sections) await expectChartAt(page, s.id, s.steps);
    });

    test('every step has a deep link that shows its state', async ({ page, story }) => {
      for (const s of scrollySections(story[locale])) {
        for (let n = 1; n <= s.steps; n++) {
          await page.goto(`${path}#${s.id}-step-${n}`);
          await expectChartAt(page, s.id, n);
          await expect(page.locator(`#${s.id}-step-${n}`)).toHaveClass(/is-active/);
          await expect(page.locator(`#${s.id}-step-${n}`)).toBeInViewport();
          const expected = CHARTS[s.chart.id]!.referencedIds(s.chart.states[n - 1]!);
          const lit = await page
            .locator(`#${s.id} figure rect[data-highlighted="true"]`)
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-row')).sort());
          expect(lit).toEqual([...expected].sort());
        }
      }
    });

    test('reload, back button and a fast jump land on the same step', async ({ page, story }) => {
      const s = scrollySections(story[locale])[0]!;
      await page.goto(`${path}#${s.id}-step-2`);
      await expectChartAt(page, s.id, 2);
      await page.goto(`${path}#${s.id}-step-${s.steps}`);
      await expectChartAt(page, s.id, s.steps);
      await page.goBack();
      await expectChartAt(page, s.id, 2);
      await page.reload();
      await expectChartAt(page, s.id, 2);
      // a flick straight from the top to step 3, with no steps in between
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
      }, `${s.id}-step-3`);
      await expectChartAt(page, s.id, 3);
    });

    test('after a resize the state matches the geometry', async ({ page, story }) => {
      const s = scrollySections(story[locale])[0]!;
      await page.goto(`${path}#${s.id}-step-3`);
      await expectChartAt(page, s.id, 3);
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: size.width > 600 ? 390 : 1280, height: size.width > 600 ? 844 : 800 });
      await page.waitForTimeout(400);
      const expected = await page.evaluate((id) => {
        const trigger = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--scrolly-trigger'));
        const tops = [...document.querySelectorAll(`#${id} [data-step]`)].map((e) => e.getBoundingClientRect().top);
        return tops.filter((t) => t <= window.innerHeight * trigger).length || 1;
      }, s.id);
      await expectChartAt(page, s.id, expected);
    });

    test('nothing overflows sideways and every step text is readable', async ({ page, story }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
      for (const s of scrollySections(story[locale]))
        for (let n = 1; n <= s.steps; n++) {
          const card = page.locator(`#${s.id}-step-${n} .step-card`);
          await card.scrollIntoViewIfNeeded();
          const box = (await card.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
          await expect(card).toBeVisible();
        }
    });
  });
}

test('the German page is German, with German number formats', async ({ page }) => {
  await page.goto('/de/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('[data-fact="nvidia-loss"]').first()).toHaveText('592,7\u00a0Mrd.\u00a0US-Dollar');
  await expect(page.locator('#market-moves figure text', { hasText: 'Chipindex (SOX)' })).toHaveCount(1);
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('[data-fact="nvidia-loss"]').first()).toHaveText('$592.7\u00a0billion');
});

test('?debug shows the trigger line and the active step', async ({ page }) => {
  await page.goto('/?debug#market-moves-step-2');
  await expect(page.locator('.scrolly-debug')).toBeVisible();
  await expect(page.locator('.scrolly-debug')).toHaveText('#market-moves: step 2 of 5');
});

test('keyboard: the first Tab reveals the skip link, which moves focus to the story', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the story' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#story$/);
});
