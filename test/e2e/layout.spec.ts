// The graphics own the screen and nothing collides, measured in the browser on real boxes: on laptops and
// tablets on their side the chart fills most of the height, and a card alone on screen is the step the chart
// shows; on phones and upright tablets the active card never covers its chart; at every step of every chart no two texts overlap, no text
// or mark leaves the chart's box, and the page never scrolls sideways.
import type { Page } from '@playwright/test';
import { HERO_SIZES, heroFigure } from '../../src/lib/hero';
import { stepId } from '../../src/lib/paths';
import { expect, expectChartAt, expectChartSettled, storyBlocks, test } from './fixtures';

const PAGES = [
  { locale: 'en', path: '/' },
  { locale: 'de', path: '/de/' },
] as const;

/** Texts drawn in a chart that overlap another, and texts or marks that leave the chart's box (where the
 *  page keeps room for the chart: beyond it they would run into the caption or the card), as problems. */
async function textProblems(page: Page, chartId: string): Promise<string[]> {
  return page.locator(`figure[data-chart="${chartId}"] .screen-only svg.chart`).evaluate((svg) => {
    const visible = (el: Element) => {
      for (let e: Element | null = el; e && e !== svg; e = e.parentElement) if (Number(getComputedStyle(e).opacity) === 0) return false;
      return true;
    };
    const frame = svg.closest('.screen-only')!.getBoundingClientRect();
    // each text element's lines (tspans) as boxes, so that a two-line label is two boxes
    const boxes = [...svg.querySelectorAll('text')]
      .filter((t) => visible(t) && (t.textContent ?? '').trim() !== '')
      .flatMap((t) => {
        const spans = t.querySelectorAll('tspan');
        return (spans.length ? [...spans] : [t]).map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }));
      })
      .filter((b) => b.box.width > 0);
    const problems: string[] = [];
    const slack = 1;
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const hit = a.box.left + slack < b.box.right && b.box.left + slack < a.box.right && a.box.top + slack < b.box.bottom && b.box.top + slack < a.box.bottom;
        // tspans of one text sit on separate lines; a hit between them is a real overlap too
        if (hit) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
      if (a.box.left < frame.left - 1 || a.box.right > frame.right + 1 || a.box.top < frame.top - 1 || a.box.bottom > frame.bottom + 1)
        problems.push(`"${a.text}" leaves the chart`);
    });
    for (const mark of svg.querySelectorAll('rect, line, path, circle')) {
      const box = mark.getBoundingClientRect();
      if (mark.closest('defs, clipPath, mask') || !visible(mark) || (box.width === 0 && box.height === 0)) continue;
      if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1)
        problems.push(`a ${mark.tagName} (${mark.getAttribute('class')}) leaves the chart by ${Math.round(Math.max(frame.left - box.left, box.right - frame.right, frame.top - box.top, box.bottom - frame.bottom))} px`);
    }
    return problems;
  });
}

/** At one step, reached by its link: no text in its chart collides, and the chart owns the screen: beside the
 *  steps (wide screens, tablets on their side) it fills at least 55% of the height, on screen; above them
 *  (phones, upright tablets) the active card stays below it. */
async function expectStepLaidOut(page: Page, path: string, block: ReturnType<typeof storyBlocks>[number], step: { n: number; local: number }) {
  const id = stepId(block.sectionId, step.n);
  const viewport = page.viewportSize()!;
  await page.goto(`${path}#${id}`);
  await expectChartAt(page, block.chart.id, step.local);
  expect(await textProblems(page, block.chart.id), `${block.chart.id} step ${step.local}`).toEqual([]);
  // the caption's credit line is never cut short (by a line clamp or a clip), however long an editor makes it:
  // it is as tall as where nothing limits its lines
  const cut = await page.locator(`figure[data-chart="${block.chart.id}"] .chart-caption`).evaluate((c) => {
    const shown = c.getBoundingClientRect().height;
    const unlimited = { '-webkit-line-clamp': 'none', display: 'block', overflow: 'visible', 'max-height': 'none' };
    for (const [property, value] of Object.entries(unlimited)) c.style.setProperty(property, value);
    const whole = c.getBoundingClientRect().height;
    for (const property of Object.keys(unlimited)) c.style.removeProperty(property);
    return Math.round(whole - shown);
  });
  expect(cut, `${block.chart.id}: ${cut} px of its caption are cut`).toBeLessThanOrEqual(1);
  const figure = (await page.locator(`figure[data-chart="${block.chart.id}"]`).boundingBox())!;
  const chart = (await page.locator(`figure[data-chart="${block.chart.id}"] .screen-only svg.chart`).boundingBox())!;
  // wide screens, tablets on their side and short windows from 52rem wide (a phone on its side) stand the chart
  // beside the steps (styles/story.css: over 64rem, from 60rem on its side, from 52rem up to 37.5rem high), in
  // a grid, sticky; a short narrower screen in the flow above its cards
  const short = viewport.height <= 600;
  const beside = viewport.width > 1024 || (viewport.width >= 960 && viewport.width > viewport.height) || (viewport.width >= 832 && short);
  const graphic = page.locator(`[data-scrolly]:has(#${id}) .scrolly-graphic`);
  expect(await graphic.evaluate((el) => getComputedStyle(el).position)).toBe(beside || !short ? 'sticky' : 'relative');
  if (beside) expect(await page.locator('.scrolly').first().evaluate((el) => getComputedStyle(el).display)).toBe('grid');
  if (beside) {
    expect(chart.height / viewport.height, `${block.chart.id}: chart height ${Math.round(chart.height)} of ${viewport.height}`).toBeGreaterThanOrEqual(0.55);
    // ... and stands on the screen beside its card (on a short window in the flow, it had scrolled away above)
    expect(chart.y, `${id}: chart top`).toBeGreaterThanOrEqual(0);
    expect(chart.y + chart.height, `${id}: chart bottom`).toBeLessThanOrEqual(viewport.height + 1);
  } else {
    if (short) {
      // in the flow the chart is as high as the window leaves below the header (44 px) beside its title and
      // caption (88 px), from 16rem to 26rem, so that it can be seen whole (at 667x375 it had been 416 px high)
      expect(chart.height, `${block.chart.id}: chart height in the flow`).toBeGreaterThanOrEqual(255);
      expect(chart.height, `${block.chart.id}: chart height in the flow`).toBeLessThanOrEqual(Math.max(256, Math.min(416, viewport.height - 44 - 88)) + 1);
      // ... and with the figure's top under the header, the first line of its sources ends on screen (at
      // 17rem, on a phone on its side, it had stood 14 px below the window)
      const caption = page.locator(`figure[data-chart="${block.chart.id}"] .chart-caption`);
      const line = await caption.evaluate((c) => parseFloat(getComputedStyle(c).lineHeight));
      const top = (await caption.boundingBox())!.y - figure.y;
      expect(top + line, `${block.chart.id}: the first line of its sources ends on screen`).toBeLessThanOrEqual(viewport.height - 44 + 0.5);
    }
    const card = (await page.locator(`#${id} .step-card`).boundingBox())!;
    expect(card.y, `${id}: card top ${Math.round(card.y)}, figure bottom ${Math.round(figure.y + figure.height)}`).toBeGreaterThanOrEqual(figure.y + figure.height - 1);
  }
}

/** A screen the tests below set themselves: its size, and the page they read there. */
interface Screen {
  viewport: { width: number; height: number };
  locale: (typeof PAGES)[number]['locale'];
  path: (typeof PAGES)[number]['path'];
}

/** The tests that `tests` declares, once at each screen, with reduced motion; in the desktop project only (the
 *  screens set their sizes here, so the phone project would run the same tests twice). */
function atScreens(screens: Screen[], tests: (screen: Screen) => void) {
  for (const screen of screens)
    test.describe(`${screen.viewport.width}x${screen.viewport.height} (${screen.locale})`, () => {
      test.use({ viewport: screen.viewport, reducedMotion: 'reduce' });
      test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name === 'phone', 'one run per size: the sizes are set here'));
      tests(screen);
    });
}

for (const { locale, path } of PAGES) {
  test.describe(`${locale}: layout at every step`, () => {
    test.use({ reducedMotion: 'reduce' });

    test('no text in a chart collides, the chart owns the screen, and nothing scrolls sideways', async ({ page, story }) => {
      test.setTimeout(240_000);
      for (const b of storyBlocks(story[locale])) for (const step of b.steps) await expectStepLaidOut(page, path, b, step);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('on tablets, laptops and a phone on its side', () => {
  atScreens(
    [
      { viewport: { width: 768, height: 1024 }, ...PAGES[0] },
      // a tablet on its side, the chart beside the steps in its narrowest column, in the language with the
      // longer labels
      { viewport: { width: 1024, height: 768 }, ...PAGES[1] },
      { viewport: { width: 1440, height: 900 }, ...PAGES[0] },
      // a laptop's browser with its bars, the chart beside the steps in a wider column (styles/story.css), in German
      { viewport: { width: 960, height: 480 }, ...PAGES[1] },
      // a phone on its side: the chart beside the steps, in the shortest box it is given (test/chart-boxes.ts)
      { viewport: { width: 844, height: 390 }, ...PAGES[0] },
      // a small phone on its side: the chart in the flow above its cards, as high as the window leaves
      { viewport: { width: 667, height: 375 }, ...PAGES[1] },
    ],
    ({ locale, path }) => {
      test('cards stay clear of their charts or charts fill the height, and nothing collides', async ({ page, story }) => {
        test.setTimeout(180_000);
        for (const b of storyBlocks(story[locale])) for (const step of b.steps) await expectStepLaidOut(page, path, b, step);
      });
    },
  );
});

// The opening picture: its texts are HTML over a stretched SVG (styles/hero.css), placed by src/lib/hero.ts from
// estimated widths. Measured here on the real boxes: no two texts overlap, the texts in the plot stay inside it,
// and the share price's move beside the fall keeps clear of the line (sampled along the drawn path).
test.describe('the opening picture', () => {
  const screens = [
    ...[320, 390, 768, 1280, 1440].map((width) => ({ width, height: width < 700 ? 740 : 900 })),
    // phones on their side: the picture beside the text (styles/hero.css)
    { width: 667, height: 375 },
    { width: 932, height: 430 },
  ].flatMap((viewport) => PAGES.map((p) => ({ viewport, ...p })));
  atScreens(screens, ({ locale, path }) => {
    test('no text overlaps another or the line', async ({ page, story }) => {
      await page.goto(path);
      // the move is there where the layout finds room for it (src/lib/hero.ts), with its text
      const move = heroFigure(story[locale], locale).layouts[0]?.move;
      await expect(page.locator('.hero-move')).toHaveText(move ? [move] : []);
      const problems = await page.locator('.hero-figure').evaluate((figure) => {
        const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const texts = [...figure.querySelectorAll('.hero-y > span, .hero-x > span, .hero-move, .hero-value > span, .hero-caption')]
          .filter(shown)
          .flatMap((el) => [...el.getClientRects()].map((box) => ({ text: el.textContent ?? '', box })));
        const out: string[] = [];
        texts.forEach((a, i) => {
          for (const b of texts.slice(i + 1))
            if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1)
              out.push(`"${a.text}" overlaps "${b.text}"`);
        });
        const move = figure.querySelector('.hero-move');
        if (!move) return out;
        const box = move.getBoundingClientRect();
        const plot = figure.querySelector('.hero-plot')!.getBoundingClientRect();
        if (box.left < plot.left || box.right > plot.right || box.top < plot.top || box.bottom > plot.bottom) out.push('the move leaves the plot');
        const line = figure.querySelector<SVGPathElement>('.hero-run path')!;
        const ctm = line.getScreenCTM()!;
        let least = Infinity;
        for (let at = 0, length = line.getTotalLength(); at <= length; at += 0.5) {
          const p = line.getPointAtLength(at).matrixTransform(ctm);
          least = Math.min(least, Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom)));
        }
        // the stroke's half width (2.5 px) and a pixel
        if (least < 2.25) out.push(`the move is ${least.toFixed(1)} px from the line`);
        return out;
      });
      expect(problems).toEqual([]);
    });
  });
});

// A phone's first screen shows the fall, and from 600 px of window the marked day's date under it: on short
// phones (44rem of window or less) the byline follows the picture, the dek is set smaller and the plot may be
// lower (styles/hero.css). The windows are what phones' browsers show at load, with their bars: an iPhone SE's
// Safari (375x548), an Android phone's Chrome (360x640), an iPhone 13's Safari (390x664), a Pixel's Chrome
// (412x783). With the byline above the picture, the dot had stood below the window at all three short ones (656
// px down at 375x548, 654 at 360x640, 665 in German at 390x664). On a phone on its side the picture stands
// beside the text (below the headline and the dek, the dot had been below the window): the whole screen (an
// iPhone SE's 667x375, an iPhone 13's 844x390) shows the fall and its date; with Safari's bars (667x325,
// 844x340) the fall, but not the date under it.
test.describe("the opening on a phone's first screen", () => {
  const screens = [
    [375, 548],
    [360, 640],
    [390, 664],
    [412, 783],
    [667, 375],
    [844, 390],
    [667, 325],
    [844, 340],
  ].flatMap(([width, height]) => PAGES.map((p) => ({ viewport: { width: width!, height: height! }, ...p })));
  atScreens(screens, ({ path, viewport }) => {
    test('shows the fall and the day it happened', async ({ page }) => {
      await page.goto(path);
      const bottom = (selector: string) => page.locator(selector).filter({ visible: true }).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
      const [dot] = await bottom('.hero-dot');
      expect(dot).toBeLessThanOrEqual(viewport.height);
      const dates = await bottom('.hero-x .is-mark');
      expect(dates).toHaveLength(1);
      if (viewport.height >= 600 || (viewport.width > viewport.height && viewport.height >= 375)) expect(dates[0]).toBeLessThanOrEqual(viewport.height);
      // the headline and the dek keep clear of the picture, and their lines inside their boxes (a word that
      // does not break, such as "DeepSeek-Schock", would run past its box towards the picture)
      const astray = await page.evaluate(() => {
        const figure = document.querySelector('.hero-figure')!.getBoundingClientRect();
        const meets = (a: DOMRect, b: DOMRect) => a.right > b.left + 1 && a.left < b.right - 1 && a.bottom > b.top + 1 && a.top < b.bottom - 1;
        return [...document.querySelectorAll('.hero-title, .hero-dek')].flatMap((el) => {
          const box = el.getBoundingClientRect();
          const text = document.createRange();
          text.selectNodeContents(el);
          const lines = [...text.getClientRects()].filter((b) => b.left < box.left - 1 || b.right > box.right + 1);
          return [
            ...(meets(box, figure) ? [`${el.className} meets the picture`] : []),
            ...lines.map((b) => `${el.className}: a line ${Math.round(b.left)} to ${Math.round(b.right)} px, its box ${Math.round(box.left)} to ${Math.round(box.right)}`),
          ];
        });
      });
      expect(astray).toEqual([]);
    });
  });
});

// The opening's dates are labelled in a set for each size class (lib/hero.ts: HERO_SIZES), each shown by width
// and, for a phone on its side, by height (styles/hero.css); the story merges the classes whose labels are the
// same. Probed with one set per class, placed in the page: exactly one shows on either side of each class's
// edge, so that no size is left without dates and none has two sets over each other, and it is the class whose
// plot widths HERO_SIZES gives for that window.
/** The size class whose date labels a window shows: by width (22.5rem, 30rem, 60rem), and a phone on its side
 *  (41.5rem wide or more, 30rem high or less, on a screen) the phone's, its picture beside the text. */
const heroClass = (width: number, height: number, print = false) =>
  width < 360 ? 'narrow' : width < 480 ? 'phone' : width >= 960 ? 'wide' : width >= 664 && height <= 480 && !print ? 'phone' : 'medium';
test.describe("the opening's date labels", () => {
  atScreens([{ viewport: { width: 1280, height: 800 }, ...PAGES[0] }], ({ path }) => {
    test('the size class HERO_SIZES gives, alone, at every size', async ({ page }) => {
      await page.goto(path);
      await page.locator('.hero-figure').evaluate((figure, classes) => {
        for (const size of classes) figure.insertAdjacentHTML('beforeend', `<div class="hero-x" data-probe="${size}" data-sizes="${size}"><span>${size}</span></div>`);
      }, Object.keys(HERO_SIZES));
      const wrong: string[] = [];
      for (const width of [359, 360, 479, 480, 663, 664, 959, 960])
        for (const height of [480, 481]) {
          await page.setViewportSize({ width, height });
          const shown = await page.locator('[data-probe]').filter({ visible: true }).allTextContents();
          if (shown.join() !== heroClass(width, height)) wrong.push(`${width}x${height}: ${shown.join(', ') || 'none'}`);
        }
      // and on paper as short (the phone on its side is a screen's layout)
      await page.emulateMedia({ media: 'print' });
      for (const width of [663, 664, 959]) {
        await page.setViewportSize({ width, height: 480 });
        const shown = await page.locator('[data-probe]').filter({ visible: true }).allTextContents();
        if (shown.join() !== heroClass(width, 480, true)) wrong.push(`print ${width}x480: ${shown.join(', ') || 'none'}`);
      }
      expect(wrong).toEqual([]);
    });
  });
});

// On a screen taller than the widest chart needs (2560x1440), each chart stands no taller than it is wide: its
// frame stops growing at 54rem and stands centred beside the steps (styles/story.css).
test.describe('on a large screen', () => {
  atScreens([{ viewport: { width: 2560, height: 1440 }, ...PAGES[0] }], ({ locale, path }) => {
    test('no chart is taller than wide', async ({ page, story }) => {
      for (const b of storyBlocks(story[locale])) {
        await page.goto(`${path}#${stepId(b.sectionId, b.steps[0]!.n)}`);
        await expectChartAt(page, b.chart.id, b.steps[0]!.local);
        const chart = (await page.locator(`figure[data-chart="${b.chart.id}"] .screen-only svg.chart`).boundingBox())!;
        expect(chart.height, `${b.chart.id}: ${Math.round(chart.width)}x${Math.round(chart.height)}`).toBeLessThanOrEqual(chart.width);
      }
    });
  });
});

// In motion: as each chart goes from step to step and back, in the language with the longer labels, no two of
// its texts that a reader can see (at half their opacity or more) overlap in any frame. Rows that enter come in
// once the others have moved, and rows and names that leave fade where they stood (RowBars.svelte,
// Squares.svelte): on their way from or to where they wait they would cross the rows shown.
/** Walks each block's steps forward and back with motion, in German, and expects no two texts a reader can see
 *  (at half their opacity or more) to overlap in any frame between them. */
async function walkInMotion(page: Page, blocks: ReturnType<typeof storyBlocks>) {
  for (const block of blocks) {
    const walk = [...block.steps, ...block.steps.slice(0, -1).reverse()];
    await page.goto(`/de/#${stepId(block.sectionId, walk[0]!.n)}`);
    // (settled: from there on its marks move by transition)
    await expectChartSettled(page, block.chart.id, walk[0]!.local);
    for (const [i, step] of walk.entries()) {
      if (i === 0) continue;
      const seen = await page.evaluate(
        async ({ chartId, stepId, local }) => {
          const figure = document.querySelector(`figure[data-chart="${chartId}"]`)!;
          const svg = () => figure.querySelector('.screen-only svg.chart')!;
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          const opacity = (el: Element) => {
            let o = 1;
            for (let e: Element | null = el; e && e !== figure; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
            return o;
          };
          const hits = new Set<string>();
          document.getElementById(stepId)!.scrollIntoView({ block: 'center' });
          const start = performance.now();
          while (svg().getAttribute('data-step-drawn') !== String(local)) {
            if (performance.now() - start > 3000) return [`step ${local} was not drawn`];
            await frame();
          }
          for (let n = 0; n < 400; n++) {
            await frame();
            const boxes = [...svg().querySelectorAll('text')]
              .filter((t) => (t.textContent ?? '').trim() !== '' && opacity(t) >= 0.5)
              .flatMap((t) => {
                const spans = t.querySelectorAll('tspan');
                return (spans.length ? [...spans] : [t]).map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }));
              })
              .filter((b) => b.box.width > 0);
            boxes.forEach((a, j) => {
              for (const b of boxes.slice(j + 1))
                if (a.box.left + 1 < b.box.right && b.box.left + 1 < a.box.right && a.box.top + 1 < b.box.bottom && b.box.top + 1 < a.box.bottom)
                  hits.add(`"${a.text}" over "${b.text}"`);
            });
            if (n > 2 && !svg().getAnimations({ subtree: true }).some((a) => a.playState === 'running')) break;
          }
          return [...hits];
        },
        { chartId: block.chart.id, stepId: stepId(block.sectionId, step.n), local: step.local },
      );
      expect(seen, `${block.chart.id}: ${walk[i - 1]!.local} -> ${step.local}`).toEqual([]);
    }
  }
}

test.describe('between steps, in motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name === 'phone', 'one run per size: the sizes are set here'));

  test.describe('1280x800', () => {
    test.use({ viewport: { width: 1280, height: 800 } });
    test('de: no two texts a reader can see overlap in any frame of a step change', async ({ page, story }) => {
      test.setTimeout(180_000);
      await walkInMotion(page, storyBlocks(story.de));
    });
  });
});

// Between the steps too: as the reader scrolls past a block's last step, its card leaves with the chart, in the
// band below it, instead of rising over the chart that stays on screen (styles/story.css). Measured from the
// last step's link down by tenths of a screen until the chart has left. What follows the block (its tools)
// then comes right after that card.
test.describe('on a phone and a tablet, the last card leaves with its chart', () => {
  atScreens(
    [
      { viewport: { width: 390, height: 844 }, ...PAGES[1] },
      { viewport: { width: 768, height: 1024 }, ...PAGES[0] },
    ],
    ({ viewport, locale, path }) => {
      test('the active card never covers its chart as the block scrolls away', async ({ page, story }) => {
        test.setTimeout(120_000);
        for (const b of storyBlocks(story[locale])) {
          const last = b.steps.at(-1)!;
          const id = stepId(b.sectionId, last.n);
          await page.goto(`${path}#${id}`);
          await expectChartAt(page, b.chart.id, last.local);
          const start = await page.evaluate(() => window.scrollY);
          for (let tenth = 1; tenth <= 10; tenth++) {
            await page.evaluate((y) => window.scrollTo(0, y), start + (tenth * viewport.height) / 10);
            const { overlap, chartOnScreen } = await page.evaluate(
              ({ id, chartId }) => {
                const card = document.querySelector(`#${id} .step-card`)!.getBoundingClientRect();
                const chart = document.querySelector(`figure[data-chart="${chartId}"] .screen-only svg.chart`)!.getBoundingClientRect();
                const top = Math.max(card.top, chart.top, 0);
                const bottom = Math.min(card.bottom, chart.bottom, window.innerHeight);
                const wide = Math.min(card.right, chart.right) - Math.max(card.left, chart.left);
                return { overlap: wide > 0 ? Math.max(0, bottom - top) : 0, chartOnScreen: chart.bottom > 0 };
              },
              { id, chartId: b.chart.id },
            );
            expect(overlap, `${id}, ${tenth / 10} screen past its link`).toBeLessThanOrEqual(1);
            if (!chartOnScreen) break;
          }
        }
      });
      test('what follows a block comes right after its last card, neither under it nor a band below it', async ({ page, story }) => {
        // a link into the story lays every block out at once (components/nav/lay-out-later.ts)
        await page.goto(`${path}#${storyBlocks(story[locale])[0]!.sectionId}`);
        const gaps = await page.evaluate(() =>
          [...document.querySelectorAll('[data-scrolly]')].map((block) => {
            const card = [...block.querySelectorAll('.step-card')].at(-1)!.getBoundingClientRect();
            return { id: block.closest('section')!.id, gap: block.nextElementSibling!.getBoundingClientRect().top - card.bottom };
          }),
        );
        expect(gaps.map((g) => g.id)).toEqual(storyBlocks(story[locale]).map((b) => b.sectionId));
        for (const { id, gap } of gaps) {
          expect(gap, `${id}: from the last card to what follows`).toBeGreaterThanOrEqual(8);
          expect(gap, `${id}: from the last card to what follows`).toBeLessThanOrEqual(48);
        }
      });
    },
  );
});

// On wide screens the chart stands beside the cards: whenever one card alone is on screen, the chart shows
// that card's step (CSS --scrolly-trigger). Walked from each block's first step down by twentieths of a screen
// until its last card has left.
test.describe('on wide screens, a card alone on screen is the step the chart shows', () => {
  atScreens(
    [
      { viewport: { width: 1440, height: 900 }, ...PAGES[0] },
      { viewport: { width: 1280, height: 800 }, ...PAGES[1] },
      // a tablet on its side, the chart beside the steps too
      { viewport: { width: 1024, height: 768 }, ...PAGES[0] },
    ],
    ({ viewport, locale, path }) => {
      test('every block, step by step', async ({ page, story }) => {
        test.setTimeout(180_000);
        for (const b of storyBlocks(story[locale])) {
          const first = stepId(b.sectionId, b.steps[0]!.n);
          await page.goto(`${path}#${first}`);
          await expectChartAt(page, b.chart.id, 1);
          const start = await page.evaluate(() => window.scrollY);
          let alone = 0;
          for (let twentieth = 0; ; twentieth++) {
            await page.evaluate((y) => window.scrollTo(0, y), start + (twentieth * viewport.height) / 20);
            // the cards on screen, below the page's header, by their place in the block (its chart's step)
            const { onScreen, past } = await page.evaluate((chartId) => {
              const block = document.querySelector(`figure[data-chart="${chartId}"]`)!.closest('[data-scrolly]')!;
              const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
              const cards = [...block.querySelectorAll('[data-step] .step-card')].map((c) => c.getBoundingClientRect());
              return {
                onScreen: cards.flatMap((r, i) => (r.bottom > top && r.top < window.innerHeight ? [i + 1] : [])),
                past: cards.at(-1)!.bottom <= top,
              };
            }, b.chart.id);
            if (past) break;
            if (onScreen.length !== 1) continue;
            alone++;
            await expect(page.locator(`figure[data-chart="${b.chart.id}"]`), `${b.chart.id}, ${twentieth / 20} screen past step 1`).toHaveAttribute(
              'data-chart-step',
              String(onScreen[0]),
              { timeout: 2000 },
            );
          }
          expect(alone, `${b.chart.id}: places with one card on screen`).toBeGreaterThan(0);
        }
      });
    },
  );
});
