// A line chart's axis of days names its months, and the year of every month it shows: in the labels it makes
// (fixtures), and on the axis each chart of the story keeps at every screen size (where ticks are dropped for
// room, the year must not be dropped with them).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesKindLayout } from '../../src/lib/charts/lines-kind';
import { fitTicks } from '../../src/lib/charts/axis';
import { fitLines, type LinesLayout } from '../../src/lib/charts/lines';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildContent } from '../../src/lib/content/story';
import { LOCALES, type Locale } from '../../src/lib/format';
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

/** Problems with the years of an axis of days: a month whose year no label at or before it names, unless it is
 *  the first and the next label is a January that names the following year ("Dec · Jan 2025"). */
function yearProblems(ticks: readonly { value: number; label: string }[]): string[] {
  const problems: string[] = [];
  let named: number | undefined;
  ticks.forEach((t, i) => {
    const year = new Date(t.value).getUTCFullYear();
    named = yearIn(t.label) ?? named;
    const next = ticks[i + 1];
    const before = i === 0 && next && new Date(next.value).getUTCMonth() === 0 && yearIn(next.label) === year + 1;
    if (named !== year && !before) problems.push(`"${t.label}" (${year}) after ${named ?? 'no year'} in ${ticks.map((k) => k.label).join(' · ')}`);
  });
  return problems;
}

describe('the labels of an axis of days', () => {
  it.each([
    ['en', '2024-12-02', '2025-03-31', ['Dec', 'Jan 2025', 'Feb', 'Mar']],
    ['de', '2024-12-02', '2025-03-31', ['Dez.', 'Jan. 2025', 'Feb.', 'März']],
    ['en', '2024-10-07', '2025-02-24', ['Oct 2024', 'Nov', 'Dec', 'Jan 2025', 'Feb']],
    ['en', '2025-03-03', '2025-06-30', ['Mar 2025', 'Apr', 'May', 'Jun']],
    ['en', '2024-12-02', '2024-12-30', ['Dec 2024']],
  ] as const)('%s, %s to %s: %j', (locale, from, to, labels) => {
    const ticks = layoutOf(days(from, to), locale).xTicks;
    expect(ticks.map((t) => t.label.replace(/\u00a0/g, ' '))).toEqual(labels);
    expect(yearProblems(ticks)).toEqual([]);
  });
});

describe('ticks on an axis of time, fitted to its width', () => {
  // four months at even steps, the first labelled with its year too (as an editor's data may make them)
  const ticks = ['Dec 2024', 'Jan 2025', 'Feb', 'Mar'].map((label, i) => ({ value: Date.UTC(2024, 11 + i, 1), at: i / 3, label }));
  it.each([120, 160, 200, 240, 300, 600])('keep the year of every month they show, evenly spaced, %i px wide', (width) => {
    const kept = fitTicks(ticks, (at) => at * width, 0, width, true);
    expect(kept.length).toBeGreaterThan(0);
    expect(yearProblems(kept)).toEqual([]);
    const steps = kept.slice(1).map((t, i) => ticks.findIndex((k) => k.value === t.value) - ticks.findIndex((k) => k.value === kept[i]!.value));
    expect(new Set(steps).size).toBeLessThanOrEqual(1);
  });
});

describe("every axis of days in the story names the year of each month it keeps, at every screen size", () => {
  const { input } = readContentDir(join(import.meta.dirname, '../..'));
  const { stories } = buildContent(input);
  const cases = LOCALES.flatMap((locale) =>
    stories[locale].sections.flatMap((s) =>
      s.charts
        .filter((c) => c.kind === 'lines' && (c.layouts[0] as LinesLayout).xTicks.some((t) => t.value > 1e11))
        .flatMap((c) => CHART_BOXES.map((box) => [`${c.id} (${locale}, ${box.screen})`, c.layouts as LinesLayout[], box] as const)),
    ),
  );
  it('there are axes of days to check', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (_name, layouts, box) => {
    for (const layout of layouts) expect(yearProblems(fitLines(layout, box).xTicks)).toEqual([]);
  });
});
