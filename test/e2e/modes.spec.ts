// Reading without JavaScript, with reduced motion, under a base path; and axe-core on both pages.
import AxeBuilder from '@axe-core/playwright';
import type { StoryModel } from '../../src/lib/content/model';
import { PAGE_IDS } from '../../src/lib/page-ids';
import { stepId } from '../../src/lib/paths';
import { expect, expectChartAt, expectChartSettled, expectFirstFactPrinted, storyBlocks, STORIES, test } from './fixtures';
import { BASE_PATH, UNDER_BASE_PATH } from './servers';

const CHARTS = storyBlocks(STORIES.en).map((b) => b.chart.id);

/** The story's first chart of row bars and its layouts, for tests of bars. */
function rowChart(story: StoryModel) {
  for (const b of storyBlocks(story)) if (b.chart.kind === 'rows') return { ...b, layouts: b.chart.layouts };
  throw new Error('the story has no chart of row bars');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('all text is there and every chart is drawn at step 1', async ({ page, story, isMobile }) => {
    test.skip(!isMobile, 'the same markup at every size');
    await page.goto('/');
    for (const section of story.en.sections) {
      await expect(page.locator(`section#${section.id}`)).toBeVisible();
      // each step's card (a block's last step takes no room of its own on phones: its card hangs below it)
      for (const step of section.steps) await expect(page.locator(`#${stepId(section.id, step.n)} .step-card`)).toBeVisible();
    }
    for (const b of storyBlocks(story.en)) {
      const figure = page.locator(`#${b.sectionId} figure[data-chart="${b.chart.id}"]`);
      await expect(figure).toHaveAttribute('data-chart-step', '1');
      await expect(figure.locator('.screen-only svg[data-step-drawn="1"]')).toBeVisible();
      await expect(figure.locator('.screen-only svg text').first()).toBeVisible();
    }
    for (const { chart } of storyBlocks(story.en))
      if (chart.kind === 'rows') await expect(page.locator(`figure[data-chart="${chart.id}"] .screen-only svg rect.bar`)).toHaveCount(chart.layouts[0]!.rows.length);
    await expectFirstFactPrinted(page, story.en);
  });
});

test.describe('motion', () => {
  test('bars animate between steps by default, once the chart is drawn', async ({ page, story }) => {
    const b = rowChart(story.en);
    await page.goto(`/#${stepId(b.sectionId, b.steps[0]!.n)}`);
    await expectChartSettled(page, b.chart.id, b.steps[0]!.local);
    const duration = await page.locator(`figure[data-chart="${b.chart.id}"] .screen-only rect.bar`).first().evaluate((e) => getComputedStyle(e).transitionDuration);
    expect(duration).not.toMatch(/^0s(, 0s)*$/);
  });

  test('solid bars and their labels move by transforms, which the compositor animates, not by their geometry, and no text by its own', async ({ page, story }) => {
    // the first change of step, in any chart of row bars, in which a solid bar's extent or visibility changes
    const key = (r: { visible: boolean; x0: number; x1: number }) => `${r.visible} ${r.x0} ${r.x1}`;
    const change = storyBlocks(story.en).flatMap((b) => {
      if (b.chart.kind !== 'rows') return [];
      const layouts = b.chart.layouts;
      const at = layouts.findIndex((l, i) => i > 0 && l.rows.some((r) => r.style === 'solid' && key(r) !== key(layouts[i - 1]!.rows.find((p) => p.id === r.id)!)));
      return at > 0 ? [{ b, from: b.steps.find((s) => s.local === at)!, to: b.steps.find((s) => s.local === at + 1)! }] : [];
    })[0];
    test.skip(!change, 'no solid bar changes between steps in this story');
    const { b, from, to } = change!;
    await page.goto(`/#${stepId(b.sectionId, from.n)}`);
    await expectChartSettled(page, b.chart.id, from.local);
    const moved = await page.evaluate(([id, step]) => {
      const figure = document.querySelector<HTMLElement>(`.scrolly-graphic figure[data-chart="${id}"]`)!;
      const bars = [...figure.querySelectorAll<SVGRectElement>('.screen-only rect.bar.style-solid')];
      const was = bars.map((bar) => bar.getAttribute('transform'));
      figure.dataset.chartStep = String(step);
      figure.dispatchEvent(new Event('chartstep'));
      const running = (selector: string) =>
        figure
          .getAnimations({ subtree: true })
          .filter((a) => (a.effect as KeyframeEffect).target?.matches(selector))
          .map((a) => (a as CSSTransition).transitionProperty);
      // a bar that moved without motion (an element moved within the page is drawn anew)
      const still = () => {
        const moving = new Set(figure.getAnimations({ subtree: true }).filter((a) => (a as CSSTransition).transitionProperty === 'transform').map((a) => (a.effect as KeyframeEffect).target));
        return bars.filter((bar, i) => bar.getAttribute('transform') !== was[i] && !moving.has(bar)).map((bar) => bar.dataset.row!);
      };
      // the chart draws the step in a task of its own (chart-step.svelte.ts); its motion runs from the frame after
      const svg = figure.querySelector<SVGSVGElement>('.screen-only svg.chart')!;
      return new Promise<{ bars: string[]; places: string[]; labels: string[]; placedTexts: string[]; still: string[]; waiting: string[] }>((resolve) => {
        const observer = new MutationObserver(() => {
          if (svg.dataset.stepDrawn !== String(step)) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            resolve({
              bars: running('rect.bar.style-solid'),
              places: running('.row > .at'),
              labels: running('.row text'),
              // a text moved by its own transform is laid out and shaped anew; a group around it moves it instead
              placedTexts: [...document.querySelectorAll<SVGTextElement>('svg.chart text')].filter((t) => getComputedStyle(t).transform !== 'none').map((t) => t.textContent!),
              still: still(),
              // only rows that enter wait for their turn; the rows shown before change at once, together
              waiting: figure
                .getAnimations({ subtree: true })
                .filter((a) => {
                  const row = ((a.effect as KeyframeEffect).target as Element).closest('.row, rect.bar');
                  return row && !row.classList.contains('entering') && Number(a.effect!.getTiming().delay) > 0;
                })
                .map((a) => (a as CSSTransition).transitionProperty),
            }),
          );
        });
        observer.observe(svg, { attributes: true, attributeFilter: ['data-step-drawn'] });
      });
    }, [b.chart.id, to.local] as const);
    expect(moved.bars).toContain('transform');
    // geometry would be laid out and painted in every frame
    expect(moved.bars.filter((p) => !['transform', 'opacity', 'fill', 'stroke'].includes(p))).toEqual([]);
    // labels travel by their groups' transforms; the texts themselves only take their emphasis
    expect(moved.places.filter((p) => p !== 'transform')).toEqual([]);
    expect(moved.labels.filter((p) => !['fill', 'font-weight'].includes(p))).toEqual([]);
    expect(moved.placedTexts).toEqual([]);
    // every bar that changes moves there, an entering one too
    expect(moved.still).toEqual([]);
    expect(moved.waiting).toEqual([]);
  });

  test('a chart that wakes up at its last step draws that step at once, not grown or faded in from the first', async ({ page, story }) => {
    // every transition that starts in a chart's drawing, by chart
    await page.addInitScript(() => {
      const runs: Record<string, number> = ((window as unknown as { chartRuns: Record<string, number> }).chartRuns = {});
      document.addEventListener(
        'transitionrun',
        (e) => {
          const chart = (e.target as Element).closest?.('svg.chart')?.closest<HTMLElement>('figure[data-chart]')?.dataset.chart;
          if (chart) runs[chart] = (runs[chart] ?? 0) + 1;
        },
        true,
      );
    });
    for (const b of storyBlocks(story.en)) {
      const last = b.steps.at(-1)!;
      const id = stepId(b.sectionId, last.n);
      // a new document each time (a change of the address's fragment alone would scroll the same page)
      await page.goto('about:blank');
      await page.goto(`/#${id}`);
      await expectChartSettled(page, b.chart.id, last.local);
      // two frames more, for any transition the last drawing started
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const runs = await page.evaluate((id) => (window as unknown as { chartRuns: Record<string, number> }).chartRuns[id] ?? 0, b.chart.id);
      expect(runs, `${b.chart.id} at ${id}: transitions`).toBe(0);
      // nor does anything fade in late (points, notes)
      const running = await page
        .locator(`figure[data-chart="${b.chart.id}"] .screen-only svg.chart`)
        .evaluate((svg) => svg.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length);
      expect(running, `${b.chart.id} at ${id}: animations`).toBe(0);
    }
  });

  test('on a deep link the step cards start as they stay: none fades as the page starts; between steps they fade', async ({ page, story }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { cardRuns: number };
      w.cardRuns = 0;
      document.addEventListener('transitionrun', (e) => void ((e.target as Element).classList?.contains('step-card') && w.cardRuns++), true);
    });
    const cardRuns = () => page.evaluate(() => (window as unknown as { cardRuns: number }).cardRuns);
    const b = storyBlocks(story.en).find((x) => x.steps.length >= 2)!;
    const [before, last] = [b.steps.at(-2)!, b.steps.at(-1)!].map((step) => stepId(b.sectionId, step.n));
    await page.goto(`/#${last}`);
    await expect(page.locator(`[data-scrolly]:has(#${last})`)).toHaveAttribute('data-live', 'fade');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await cardRuns(), 'card transitions as the controller starts').toBe(0);
    await page.goto(`/#${before}`);
    await expect(page.locator(`#${before}`)).toHaveClass(/is-active/);
    await expect.poll(cardRuns, { message: 'card transitions between steps' }).toBeGreaterThan(0);
  });

  test.describe('reduced', () => {
    test.use({ reducedMotion: 'reduce' });
    test('bars change state without animation', async ({ page, story }) => {
      const b = rowChart(story.en);
      const bars = page.locator(`figure[data-chart="${b.chart.id}"] .screen-only rect.bar`);
      await page.goto(`/#${stepId(b.sectionId, b.steps[0]!.n)}`);
      await expectChartSettled(page, b.chart.id, b.steps[0]!.local);
      expect(await bars.first().evaluate((e) => getComputedStyle(e).transitionDuration)).toMatch(/^0s(, 0s)*$/);
      const last = b.steps.at(-1)!;
      await page.goto(`/#${stepId(b.sectionId, last.n)}`);
      await expectChartAt(page, b.chart.id, last.local);
      // at once in the last step's colours
      for (const row of b.layouts[last.local - 1]!.rows)
        await expect(page.locator(`figure[data-chart="${b.chart.id}"] .screen-only rect.bar[data-row="${row.id}"]`)).toHaveClass(new RegExp(`tone-${row.tone}\\b`));
    });
  });
});

test('the site works under a base path', async ({ page, story, isMobile }) => {
  test.skip(isMobile, 'the same addresses at every size');
  const b = storyBlocks(story.en).at(-1)!;
  const last = b.steps.at(-1)!;
  await page.goto(`${UNDER_BASE_PATH}#${stepId(b.sectionId, last.n)}`);
  await expectChartAt(page, b.chart.id, last.local);
  await expect(page.getByRole('link', { name: /Deutsch/ })).toHaveAttribute('href', `${BASE_PATH}de/`);
});

// (axe no longer judges duplicate ids; a chart whose id was its section's had been named by the section's heading)
test('no two elements of a page share an id: story, facts, teaching, presentation, embed index and embed pages', async ({ page, story, isMobile }) => {
  test.skip(isMobile, 'the markup is the same at every size');
  const chart = story.en.sections.flatMap((s) => s.charts)[0]!;
  // (a share page is a link's preview that sends its reader on to the story: it has no ids)
  const named: string[] = [];
  for (const path of ['/', '/de/', '/facts/', '/de/facts/', '/teach/', '/de/teach/', '/present/', '/de/present/', '/embed/', '/de/embed/', `/embed/${chart.id}/`, `/de/embed/${chart.id}/`]) {
    // the page as served
    const html = await (await page.request.get(path)).text();
    const ids = [...html.matchAll(/<[^>]*\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length, path).toBeGreaterThan(0);
    expect([...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))], path).toEqual([]);
    named.push(...ids, ...[...html.matchAll(/\saria-labelledby="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')));
  }
  // the ids the content check keeps sections from taking (lib/page-ids.ts) are the pages' own: each is on one of
  // them, or named there (the receipt's title, which its script writes)
  expect(PAGE_IDS.filter((id) => !named.includes(id))).toEqual([]);
});

for (const path of ['/de/', '/facts/']) {
  test(`axe finds no accessibility violations on ${path}`, async ({ page, isMobile }) => {
    // in the light, German at the desktop size, and both story pages on a small phone (below); in the dark
    // (further below), German on the phone and English on the desktop: each story page is judged at both
    // sizes, and each scheme at both sizes in both languages (the facts page on the phone)
    test.skip(path === '/de/' ? isMobile : !isMobile, 'judged at the other size');
    // axe judges the settled page, not an element halfway through fading in
    await page.emulateMedia({ reducedMotion: 'reduce' });
    test.setTimeout(90_000); // axe reads every chart, table and note of the story
    await page.goto(path);
    await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

// what a link or button shows is part of the name it is announced by, at a small phone's width too (where
// the header shows the other language's code, not its name), so that a speech user can say what they see
// (WCAG 2.5.3: axe's label-content-name-mismatch), with every other rule axe runs. (The test had asked for
// that rule alone, withRules, but AxeBuilder's options() replaces the options withRules sets: every rule ran,
// and judged the opening's date fading in once the short-phone layout brought it onto this screen.)
for (const path of ['/', '/de/']) {
  test(`every control's name holds its visible text on ${path} at 320 px, and axe finds nothing else`, async ({ page, isMobile }) => {
    test.skip(!isMobile, 'a phone');
    // axe judges the settled page, not an element halfway through fading in
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    // (the contents and every other folded part open, so that their controls are judged too)
    await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(results.passes.map((r) => r.id)).toContain('label-content-name-mismatch');
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
}

test.describe('print', () => {
  test('prints linear text, every chart in its print state, no navigation chrome', async ({ page, story }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-site-header]')).toBeHidden();
    await expect(page.locator('[data-step-nav]').first()).toBeHidden();
    await expect(page.locator('a[data-copy-link]').first()).toBeHidden();
    for (const b of storyBlocks(story.en)) {
      const figure = page.locator(`figure[data-chart="${b.chart.id}"]`);
      await expect(figure.locator('.print-only svg.chart')).toBeVisible();
      await expect(figure.locator('.screen-only')).toBeHidden();
      expect(await figure.evaluate((f) => getComputedStyle(f.closest('.scrolly-graphic')!).position)).toBe('static');
      for (const step of b.steps) await expect(page.locator(`#${stepId(b.sectionId, step.n)}`)).toBeVisible();
    }
    // each row chart prints its print state: the rows it shows, no others
    for (const { chart } of storyBlocks(story.en))
      if (chart.kind === 'rows')
        await expect(page.locator(`figure[data-chart="${chart.id}"] .print-only .row.hidden`)).toHaveCount(chart.printLayout!.rows.filter((r) => !r.visible).length);
    // and at the end of its motion: no mark of a printout is fading in (shown only now, a printout's fade-ins
    // would print their first frame)
    expect(await page.evaluate(() => document.getAnimations().filter((a) => (a.effect as KeyframeEffect | null)?.target?.closest('.print-only')).length)).toBe(0);
    // source addresses are written out and readable
    await expect(page.locator('.sources-index a[href^="http"]').first()).toBeVisible();
    await expect(page.locator('.sources-index a[href^="http"]').first()).toHaveText(/^https?:\/\//);
  });
});

test.describe('dark scheme', () => {
  // axe judges what a reader sees once things have settled, not an element halfway through fading in
  test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });
  for (const path of ['/', '/de/', `/embed/${CHARTS[0]}/?step=2`, '/teach/', '/de/facts/']) {
    test(`axe finds no accessibility violations on ${path} in the dark`, async ({ page, isMobile }) => {
      // the story in the dark in one language per size (German on the phone, English on the desktop: the
      // other way round from the light, above); an embed on the phone, the teaching and facts pages on the
      // desktop (each page's light is judged at the other size or in its own file)
      const onPhone = ['/de/', `/embed/${CHARTS[0]}/?step=2`].includes(path);
      test.skip(isMobile !== onPhone, 'judged at the other size');
      test.setTimeout(90_000);
      await page.goto(path);
      await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  for (const path of ['/', `/de/embed/${CHARTS.at(-1)}/?step=2`]) {
    test(`${path} follows the reader's dark scheme: dark paper, light ink`, async ({ page }) => {
      await page.goto(path);
      const luminance = (css: string) => {
        const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const { background, ink } = await page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        ink: getComputedStyle(document.body).color,
      }));
      expect(luminance(background)).toBeLessThan(0.05);
      expect(luminance(ink)).toBeGreaterThan(0.6);
    });
  }

  test('printing from a dark screen prints dark ink on light paper', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const ink = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(ink).toBe('rgb(26, 26, 26)');
  });
});

test.describe('print layout', () => {
  test('scrolly blocks print centred like the prose, with no screen spacing left between steps', async ({ page, story }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    const prose = await page.locator('.prose').first().boundingBox();
    for (const b of storyBlocks(story.en)) {
      const scrolly = page.locator(`#${b.sectionId} .scrolly:has(figure[data-chart="${b.chart.id}"])`);
      const box = (await scrolly.boundingBox())!;
      // centred: the same middle as the prose column (within a pixel or two)
      expect(Math.abs(box.x + box.width / 2 - (prose!.x + prose!.width / 2))).toBeLessThan(3);
      const gaps = await scrolly.locator('.step').evaluateAll((steps) => steps.map((s) => parseFloat(getComputedStyle(s).marginBottom) + parseFloat(getComputedStyle(s).minHeight || '0')));
      for (const gap of gaps) expect(gap).toBeLessThan(20);
      const graphic = (await scrolly.locator('.scrolly-graphic').boundingBox())!;
      // the print chart is at most about a third of an A4 page (10cm ≈ 378 CSS px) plus its title and caption
      expect(graphic.height).toBeLessThan(620);
    }
  });
});
