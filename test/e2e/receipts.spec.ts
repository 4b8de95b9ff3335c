// Receipts in place: every figure the story cites opens its receipt where it stands, by pointer, by keyboard
// and, without scripts, as a link to its entry on the facts page; a calculation shows its inputs' values, each
// opening its own receipt, and holds; a figure's address (/#fact-<id>) opens its receipt at the first sentence
// citing it. Expected values come from the content model (factReceipts), not from today's story.
import AxeBuilder from '@axe-core/playwright';
import { evaluate } from '../../src/lib/content/calc';
import { baseValue } from '../../src/lib/display';
import { valueFacts } from '../../src/lib/charts/table';
import { factReceipts } from '../../src/lib/fact-receipts';
import { ui } from '../../src/i18n/ui';
import { stepId } from '../../src/lib/paths';
import { expect, expectChartAt, oneSizePerLanguage, storyBlocks, settledMotion, STORIES, test } from './fixtures';

settledMotion();

const card = '#receipt';

for (const [locale, prefix] of [['en', ''], ['de', '/de']] as const) {
  const story = STORIES[locale];
  const receipts = new Map(factReceipts(story).map((r) => [r.id, r]));

  test(`${locale}: every figure opens its receipt by pointer, and each calculation holds`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'every figure once, at the desktop size; phones open one by touch below');
    test.setTimeout(120_000);
    await page.goto(`${prefix}/`);
    // each figure at its address, the first sentence citing it
    const ids = [...new Set(await page.locator('a.fact[id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.fact!)))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const r = receipts.get(id)!;
      await page.locator(`a#fact-${id}`).click();
      await expect(page.locator(card), id).toBeVisible();
      await expect(page.locator(`${card} .receipt-title`), id).toHaveText(r.figure);
      if (r.calc) {
        // the values the reader sees are the inputs' own, and the formula over those inputs gives the figure
        const inputs = page.locator(`${card} .facts-calc a[data-fact]`);
        await expect(inputs, id).toHaveText(r.calc.parts.filter((p) => p.id).map((p) => p.text));
        await expect(page.locator(`${card} .facts-calc`), id).toContainText(`= ${r.exact}`);
        const f = story.facts[id]!;
        const result = evaluate(f.calc!, (input) => (story.facts[input] ? baseValue(story.facts[input]!.value, story.facts[input]!.unit) : undefined));
        expect(Number(((result as number) / baseValue(1, f.unit)).toFixed(f.decimals)), id).toBeCloseTo(f.value, 9);
      }
      await page.keyboard.press('Escape');
      await expect(page.locator(card), id).toBeHidden();
    }
  });

  test(`${locale}: every value in a data table that a figure reads opens that figure's receipt`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'every table once, at the desktop size');
    test.setTimeout(120_000);
    const cells = story.sections.flatMap((s) => s.charts).flatMap((chart) => [...valueFacts(chart, story.facts)].map(([row, id]) => ({ chart: chart.id, row, id })));
    test.skip(cells.length === 0, 'no fact reads a drawn value');
    await page.goto(`${prefix}/`);
    for (const { chart, id } of cells) {
      const table = page.locator(`#${chart}-data`);
      await page.locator('details.data-table', { has: table }).evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await table.locator(`a.fact[data-fact="${id}"]`).click();
      await expect(page.locator(`${card} .receipt-title`), `${chart}: ${id}`).toHaveText(receipts.get(id)!.figure);
      await page.keyboard.press('Escape');
      await expect(page.locator(card), id).toBeHidden();
    }
    // and no value links to a figure the content does not read from it
    await expect(page.locator('.data-table a.fact')).toHaveCount(cells.length);
  });

  // with the chart still, so that no label moves between finding it and clicking it (rows change one after
  // another, each after its own delay)
  test.describe(`${locale}: chart labels`, () => {
    test.use({ reducedMotion: 'reduce' });
    test(`${locale}: every value label in a chart that a figure reads opens that figure's receipt`, async ({ page, isMobile }) => {
      test.skip(isMobile, 'every label once, at the desktop size');
      test.setTimeout(150_000);
      const blocks = storyBlocks(story);
      let clicked = 0;
      for (const { sectionId: section, chart, steps } of blocks) {
        const read = valueFacts(chart, story.facts);
        // the marks whose value a step labels: shown rows, marked points, shown squares
        const labelled = (i: number): string[] =>
          chart.kind === 'rows'
            ? chart.layouts[i]!.rows.filter((r) => r.visible).map((r) => r.id)
            : chart.kind === 'lines'
              ? chart.layouts[i]!.points.map((p) => p.id)
              : chart.layouts[i]!.squares.filter((q) => q.visible).map((q) => q.id);
        // each figure read from a mark, at the first step that labels it (a figure may read a reference line instead)
        const left = new Set(read.keys());
        for (const step of steps) {
          const here = labelled(step.local - 1).filter((id) => left.has(id));
          if (!here.length) continue;
          await page.goto(`${prefix}/#${stepId(section, step.n)}`);
          await expectChartAt(page, chart.id, step.local);
          for (const row of here) {
            const id = read.get(row)!;
            const svg = `figure[data-chart="${chart.id}"] .screen-only svg[data-drawn-for]`;
            await page.locator(`${svg} :is(g:not(.hidden) > text[data-fact="${id}"], g:not(.hidden) > text > [data-fact="${id}"])`).first().click();
            await expect(page.locator(`${card} .receipt-title`), `${chart.id}: ${id}`).toHaveText(receipts.get(id)!.figure);
            await page.keyboard.press('Escape');
            await expect(page.locator(card), id).toBeHidden();
            left.delete(row);
            clicked++;
          }
        }
      }
      test.skip(clicked === 0, "no fact reads a chart's value");
    });
  });

  test(`${locale}: an input of a calculation opens its own receipt in the same card`, async ({ page, isMobile }) => {
    oneSizePerLanguage(locale, isMobile);
    const withCalc = [...receipts.values()].find((r) => r.calc?.inputs.length && r.citedIn.length);
    test.skip(!withCalc, 'the story cites no calculated figure');
    await page.goto(`${prefix}/#fact-${withCalc!.id}`);
    await expect(page.locator(`${card} .receipt-title`)).toHaveText(withCalc!.figure);
    const first = withCalc!.calc!.inputs[0]!;
    const input = page.locator(`${card} .facts-calc a[data-fact="${first}"]`).first();
    if (isMobile) await input.tap();
    else await input.click();
    await expect(page.locator(`${card} .receipt-title`)).toHaveText(receipts.get(first)!.figure);
  });

  test(`${locale}: a receipt opens and closes by keyboard, and focus comes back to its figure`, async ({ page, isMobile }) => {
    oneSizePerLanguage(locale, isMobile);
    await page.goto(`${prefix}/`);
    const figure = page.locator('a.fact').first();
    const id = (await figure.getAttribute('data-fact'))!;
    await figure.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`${card} .receipt-title`)).toHaveText(receipts.get(id)!.figure);
    await expect(page.locator(`${card} .receipt-title`)).toBeFocused();
    // the card's own controls are reachable, and Escape closes it
    await page.keyboard.press('Tab');
    await expect(page.locator(`${card} :focus`)).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator(card)).toBeHidden();
    await expect(figure).toBeFocused();
    // the figure is read as itself, described as its source
    await expect(figure).toHaveAccessibleName((await figure.textContent())!.trim());
    await expect(figure).toHaveAccessibleDescription(ui(locale).receiptHint);
  });

  test(`${locale}: a tap on a figure opens its receipt on screen`, async ({ page, isMobile }) => {
    test.skip(!isMobile, 'touch, at the phone size');
    await page.goto(`${prefix}/`);
    const figure = page.locator('.prose a.fact').first();
    const id = (await figure.getAttribute('data-fact'))!;
    await figure.tap();
    await expect(page.locator(`${card} .receipt-title`)).toHaveText(receipts.get(id)!.figure);
    await expect(page.locator(card)).toBeInViewport({ ratio: 1 });
    await page.locator(`${card} .term-close`).tap();
    await expect(page.locator(card)).toBeHidden();
  });

  test(`${locale}: every figure's address opens its receipt at its first citation`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'addresses are the same at every size');
    test.setTimeout(90_000);
    const ids = [...receipts.values()].filter((r) => r.citedIn.length).map((r) => r.id);
    await page.goto(`${prefix}/#fact-${ids[0]}`);
    await expect(page.locator(`${card} .receipt-title`)).toHaveText(receipts.get(ids[0]!)!.figure);
    // the figure stands in the middle of the screen, clear of the header (or as near as the page's ends allow)
    const middle = async (id: string) => {
      await expect(page.locator(`a#fact-${id}`), id).toBeInViewport();
      await expect
        .poll(
          () =>
            page.locator(`a#fact-${id}`).evaluate((a) => {
              const box = a.getBoundingClientRect();
              const atEnd = scrollY <= 0 || scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
              return atEnd || Math.abs(box.top + box.height / 2 - innerHeight / 2) < innerHeight / 6;
            }),
          id,
        )
        .toBe(true);
    };
    await middle(ids[0]!);
    for (const id of ids.slice(1)) {
      await page.evaluate((hash) => (location.hash = hash), `#fact-${id}`);
      await expect(page.locator(`${card} .receipt-title`), id).toHaveText(receipts.get(id)!.figure);
      await middle(id);
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const)
  test.describe(`an open receipt, ${colorScheme}`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });
    test(`axe finds no accessibility violations in an open receipt (${colorScheme})`, async ({ page, isMobile }) => {
      // the same card at both sizes: the light at the phone size, the dark at the desktop size
      test.skip(isMobile === (colorScheme === 'dark'), 'this scheme is judged at the other size');
      const withCalc = factReceipts(STORIES.en).find((r) => r.calc && r.citedIn.length) ?? factReceipts(STORIES.en).find((r) => r.citedIn.length)!;
      await page.goto(`/#fact-${withCalc.id}`);
      await expect(page.locator(`${card} .receipt-title`)).toHaveText(withCalc.figure);
      const results = await new AxeBuilder({ page }).include(card).options({ resultTypes: ['violations'] }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [locale, prefix] of [['en', ''], ['de', '/de']] as const)
    test(`${locale}: a figure is a link to its receipt on the facts page`, async ({ page, isMobile }) => {
      oneSizePerLanguage(locale, isMobile);
      await page.goto(`${prefix}/`);
      const figure = page.locator('a.fact').first();
      const id = (await figure.getAttribute('data-fact'))!;
      await figure.click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/facts/#fact-${id}$`));
      await expect(page.locator(`tr#fact-${id}`)).toBeInViewport();
      await expect(page.locator(`tr#fact-${id} .facts-figure`)).toHaveText(factReceipts(STORIES[locale]).find((r) => r.id === id)!.figure);
    });
});
