// A line chart's axis of days names its months, and the axis it keeps at any width names the year of every
// month it shows, whichever months are dropped for room: in fixtures of spans from one month to over a year,
// and on every axis of days in the story at every chart box.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitTicks, type PlacedTick } from '../../src/lib/charts/axis';
import { linesKindLayout } from '../../src/lib/charts/lines-kind';
import { fitLines, type LinesLayout } from '../../src/lib/charts/lines';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildContent } from '../../src/lib/content/story';
import { LOCALES, type Locale } from '../../src/lib/format';
import { LEADING, TYPE } from '../../src/lib/charts/text';
import { CHART_BOXES } from '../chart-boxes';

/** One row per day from `from` to `to`, every seventh day, with a price that rises and falls. */
function days(from: string, to: string) {
  const rows = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`), i = 0; ms <= Date.parse(`${to}T00:00:00Z`); ms += 7 * 86400000, i++)
    rows.push({ id: `d${i}`, source: 's', day: new Date(ms).toISOString().slice(0, 10), close: String(100 + (i % 5) * 3) });
  return rows;
}

const layoutOf = (rows: ReturnType<typeof days>, locale: Locale) =>
  linesKindLayout('close', { x: 'day', change: false, zero: false }, 'usd')(rows, { highlight: [], until: '' }, locale);

/** The year a label names, if it names one. */
const yearIn = (label: string) => Number(/\d{4}/.exec(label)?.[0]) || undefined;

/** What a tick reads: its label, and the year stacked under it. */
const read = (t: PlacedTick) => (t.year ? `${t.label} / ${t.year}` : t.label);

/** Problems with the years of an axis of days: a month whose year no label at or before it names (beside the
 *  month or under it). */
function yearProblems(ticks: readonly PlacedTick[]): string[] {
  let named: number | undefined;
  return ticks.flatMap((t) => {
    const year = new Date(t.value).getUTCFullYear();
    named = yearIn(read(t)) ?? named;
    return named === year ? [] : [`"${read(t)}" (${year}) in ${ticks.map(read).join(' · ')}`];
  });
}

describe('the ticks of an axis of days', () => {
  it.each([
    ['en', '2024-12-02', '2025-03-31', ['Dec', 'Jan', 'Feb', 'Mar']],
    ['de', '2024-12-02', '2025-03-31', ['Dez.', 'Jan.', 'Feb.', 'März']],
    ['en', '2025-03-03', '2025-05-26', ['Mar', 'Apr', 'May']],
  ] as const)('%s, %s to %s: one at each month, named by it: %j', (locale, from, to, labels) => {
    expect(layoutOf(days(from, to), locale).xTicks.map((t) => t.label)).toEqual(labels);
  });

  it.each([
    ['en', '2024-12-02', '2025-03-31', ['Dec 2024', 'Jan 2025', 'Feb', 'Mar']],
    ['en', '2024-10-07', '2025-02-24', ['Oct 2024', 'Nov', 'Dec', 'Jan 2025', 'Feb']],
    ['de', '2025-03-03', '2025-06-30', ['März 2025', 'Apr.', 'Mai', 'Juni']],
    ['en', '2024-12-02', '2024-12-30', ['Dec 2024']],
  ] as const)('%s, %s to %s, with room for every month: %j', (locale, from, to, labels) => {
    const kept = fitLines(layoutOf(days(from, to), locale), { width: 1200, height: 500 }).xTicks;
    expect(kept.map((t) => t.label.replace(/\u00a0/g, ' '))).toEqual(labels);
  });

  it.each([
    ['en', '2024-12-02', '2025-03-31', 358, ['Dec / 2024', 'Jan / 2025', 'Feb', 'Mar']],
    ['de', '2024-12-02', '2025-03-31', 288, ['Dez. / 2024', 'Jan. / 2025', 'Feb.', 'März']],
    ['en', '2024-10-07', '2025-02-24', 358, ['Oct / 2024', 'Nov', 'Dec', 'Jan / 2025', 'Feb']],
  ] as const)('%s, %s to %s, %i px wide, without room for the years beside the months: each under its month, every month kept: %j', (locale, from, to, width, labels) => {
    const kept = fitLines(layoutOf(days(from, to), locale), { width, height: 300 }).xTicks;
    expect(kept.map((t) => read(t).replace(/\u00a0/g, ' '))).toEqual(labels);
  });

  it('a plot whose axis stacks years under its months leaves a line more below it for them', () => {
    const layout = layoutOf(days('2024-12-02', '2025-03-31'), 'en');
    const [wide, narrow] = [1200, 358].map((width) => fitLines(layout, { width, height: 300 }));
    expect(wide!.xTicks.some((t) => t.year)).toBe(false);
    expect(narrow!.xTicks.some((t) => t.year)).toBe(true);
    expect(300 - (narrow!.plot.y + narrow!.plot.height) - (300 - (wide!.plot.y + wide!.plot.height))).toBeGreaterThanOrEqual(TYPE.tick * LEADING);
  });

  // spans from four months to over a year, at widths from a small phone's to a desktop's, in both languages
  const spans = [
    ['2024-12-02', '2025-03-31'],
    ['2024-08-01', '2025-03-31'],
    ['2024-05-01', '2025-03-31'],
    ['2023-12-01', '2025-03-31'],
    ['2025-02-03', '2025-09-29'],
  ] as const;
  it.each(LOCALES.flatMap((locale) => spans.flatMap(([from, to]) => [120, 200, 288, 358, 500, 880].map((width) => [locale, from, to, width] as const))))(
    '%s, %s to %s, %i px wide: the year of every month kept can be read, and they stay evenly spaced',
    (locale, from, to, width) => {
      const layout = layoutOf(days(from, to), locale);
      const kept = fitLines(layout, { width, height: 300 }).xTicks;
      expect(kept.length).toBeGreaterThan(0);
      expect(yearProblems(kept)).toEqual([]);
      const index = kept.map((t) => layout.xTicks.findIndex((k) => k.value === t.value));
      expect(new Set(index.slice(1).map((k, i) => k - index[i]!)).size).toBeLessThanOrEqual(1);
    },
  );

  it('a value axis is left as it was: no year added to a number', () => {
    const ticks = [0, 100, 200].map((value, i) => ({ value, at: i / 2, label: String(value) }));
    expect(fitTicks(ticks, (at) => at * 300, 0, 300).map((t) => [t.label, t.year])).toEqual([['0', undefined], ['100', undefined], ['200', undefined]]);
    // (and none stacks a year where the labels do not fit side by side: some are dropped)
    expect(fitTicks(ticks, (at) => at * 60, 0, 60).map((t) => [t.label, t.year])).toEqual([['0', undefined], ['200', undefined]]);
  });
});

describe('every axis of days in the story names the year of each month it keeps, at every screen size', () => {
  const { input } = readContentDir(join(import.meta.dirname, '../..'));
  const { stories } = buildContent(input);
  // (charts whose x axis holds days: tick values in ms)
  const cases = LOCALES.flatMap((locale) =>
    stories[locale].sections.flatMap((s) =>
      s.charts
        .filter((c) => c.kind === 'lines' && (c.layouts[0] as LinesLayout).xTicks.some((t) => t.value > 1e11))
        .flatMap((c) => CHART_BOXES.map((box) => [`${c.id} (${locale}, ${box.screen})`, c.layouts as LinesLayout[], box] as const)),
    ),
  );
  it.each(cases)('%s', (_name, layouts, box) => {
    for (const layout of layouts) expect(yearProblems(fitLines(layout, box).xTicks)).toEqual([]);
  });
});
