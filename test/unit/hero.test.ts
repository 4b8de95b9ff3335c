// The opening picture's layout (src/lib/hero.ts): the line, the fall, the ticks and the annotation, and
// that no two labels touch at the smallest and largest plot of every size class, in both languages.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/format';
import {
  HERO_SIZES,
  HERO_TYPE,
  LABEL_GAP,
  MOVE_CLEAR,
  fill,
  heroKicker,
  heroLayout,
  heroRows,
  keepHyphens,
  moveBox,
  overlaps,
  readingMinutes,
  textWidth,
  tickBoxes,
  type HeroInput,
  type HeroLayout,
  type LabelBox,
  type HeroRow,
  type HeroSizeClass,
} from '../../src/lib/hero';

/** The weekdays from one date to another, both included. */
const weekdaysBetween = (from: string, to: string) =>
  Array.from({ length: (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 }, (_, i) => new Date(Date.parse(from) + i * 86_400_000))
    .filter((d) => d.getUTCDay() % 6 !== 0)
    .map((d) => d.toISOString().slice(0, 10));
/** A made-up series shaped like the story's (not read from content/, so that an editor's change of the data
 *  keeps these tests as they are): the weekdays from 2 December 2024, closes between $128 and $148, then
 *  $142.62 on Friday 24 January and $118.42 on Monday 27 January 2025, a fall of 16.97%, and three days after
 *  it, which the picture leaves out. */
const days = weekdaysBetween('2024-12-02', '2025-01-30');
const marked = days.indexOf('2025-01-27');
const falling: HeroRow[] = days.map((date, i) => ({
  date,
  close: i === marked ? 118.42 : i === marked - 1 ? 142.62 : Math.round(13800 + 1000 * Math.sin(i / 2.5)) / 100,
  decimals: 2,
}));
const loss = { value: 592.7, unit: 'usd-bn' as const, decimals: 1 };

/** A made-up series that rises on its marked day, over two months, with round prices. */
const rising: HeroRow[] = ['2024-11-27', '2024-11-29', '2024-12-02', '2024-12-03', '2025-01-02', '2025-01-03', '2025-01-06'].map((date, i) => ({
  date,
  close: [10, 11, 10.5, 9.8, 10.2, 10, 13.4][i]!,
}));

const input = (locale: Locale, rows = falling, mark = '2025-01-27'): HeroInput => ({ rows, mark, fact: loss, locale });
const SIZES = Object.keys(HERO_SIZES) as HeroSizeClass[];
const LOCALES: Locale[] = ['en', 'de'];

describe('heroLayout: the picture', () => {
  it.each(LOCALES)('%s: draws the closes up to the day before the mark, then the fall to the mark', (locale) => {
    const l = heroLayout(input(locale), 'wide');
    const shown = heroRows(falling, '2025-01-27');
    expect(shown[0]!.date).toBe('2024-12-02');
    // (the days after the mark left out)
    expect(shown.at(-1)!.date).toBe('2025-01-27');
    expect(shown).toHaveLength(falling.length - 3);
    expect(l.run.split('L')).toHaveLength(shown.length - 1);
    expect(l.run.startsWith('M0,')).toBe(true);
    // the fall starts where the run ends and ends at the right edge, lower (y grows downwards)
    const runEnd = l.run.split('L').at(-1);
    expect(l.cliff.startsWith(`M${runEnd}L1000,`)).toBe(true);
    expect(l.mark.x).toBe(100);
    expect(l.mark.y).toBeGreaterThan(l.before.y + 40);
    expect(l.before.y).toBeGreaterThanOrEqual(0);
    expect(l.mark.y).toBeLessThanOrEqual(100);
  });

  it('draws the same line in every size class, so the page needs it once', () => {
    const [first, ...rest] = SIZES.map((s) => heroLayout(input('en'), s));
    for (const l of rest) {
      expect(l.run).toBe(first!.run);
      expect(l.cliff).toBe(first!.cliff);
      expect(l.yTicks).toEqual(first!.yTicks);
      expect(l.move).toEqual(first!.move);
    }
  });

  it.each([
    ['en', ['$110', '$120', '$130', '$140', '$150']],
    ['de', ['110\u00a0$', '120\u00a0$', '130\u00a0$', '140\u00a0$', '150\u00a0$']],
  ] as const)('%s: labels the price axis in dollars on round values around every close', (locale, labels) => {
    const l = heroLayout(input(locale), 'narrow');
    expect(l.yTicks.map((t) => t.label)).toEqual(labels);
    expect(l.yTicks[0]!.at).toBe(100);
    expect(l.yTicks.at(-1)!.at).toBe(0);
  });

  it.each([
    ['en', ['−$592.7bn'], '−16.97%', '$142.62', '$118.42', '24\u00a0January\u00a02025'],
    ['de', ['−592,7', 'Mrd.\u00a0$'], '−16,97\u00a0%', '142,62\u00a0US-Dollar', '118,42\u00a0US-Dollar', '24.\u00a0Januar\u00a02025'],
  ] as const)('%s: prints the fact signed as the day moved, the move and the closes', (locale, figure, change, before, mark, beforeDate) => {
    const l = heroLayout(input(locale), 'wide');
    expect(l.figure).toEqual(figure);
    expect(l.change).toBe(change);
    expect(l.text.before).toBe(before);
    expect(l.text.markPrice).toBe(mark);
    expect(l.text.beforeDate).toBe(beforeDate);
  });

  it('signs the fact as a gain on a day that rose, and labels months across a year', () => {
    const l = heroLayout(input('en', rising, '2025-01-06'), 'wide');
    expect(l.figure).toEqual(['$592.7bn']);
    expect(l.mark.y).toBeLessThan(l.before.y);
    expect(l.xTicks.map((t) => t.label)).toEqual(['Nov\u00a02024', 'Dec', 'Jan\u00a02025', '6\u00a0Jan']);
    expect(l.xTicks.at(-1)).toMatchObject({ at: 100, anchor: 'end', mark: true });
  });

  it('refuses a mark the chart does not have, or one without a day before it', () => {
    expect(() => heroLayout(input('en', falling, '2025-01-26'), 'wide')).toThrow(/no trading day 2025-01-26/);
    expect(() => heroLayout(input('en', falling, '2024-12-02'), 'wide')).toThrow(/day before/);
  });
});

describe('heroLayout: labels never touch', () => {
  const cases = LOCALES.flatMap((locale) =>
    SIZES.flatMap((size) => {
      const { minPlotWidth, maxPlotWidth, minPlotHeight } = HERO_SIZES[size];
      return [
        [locale, size, minPlotWidth, minPlotHeight],
        [locale, size, maxPlotWidth, minPlotHeight],
        [locale, size, maxPlotWidth, 3 * minPlotHeight],
      ] as const;
    }),
  );

  it.each(cases)('%s %s, plot %i x %i px', (locale, size, width, height) => {
    for (const rows of [falling, rising]) {
      const l = heroLayout(input(locale, rows, rows === falling ? '2025-01-27' : '2025-01-06'), size);
      const boxes = tickBoxes(l, width, height);
      expect(overlaps(boxes, LABEL_GAP - 0.01)).toEqual([]);
      for (const b of boxes.filter((x) => x.id.startsWith('x:'))) {
        expect(b.x0).toBeGreaterThanOrEqual(0); // date labels stay under the plot
        expect(b.x1).toBeLessThanOrEqual(width);
      }
      for (const b of boxes.filter((x) => x.id.startsWith('y:'))) expect(b.x0).toBeGreaterThanOrEqual(-44); // inside the 2.75rem gutter
      // the marked day is always labelled, with the first day or month where there is room
      expect(l.xTicks.filter((t) => t.mark)).toHaveLength(1);
      expect(l.xTicks.length).toBeGreaterThanOrEqual(2);
    }
  });

  // eight weeks of weekdays, 2 December to 27 January, made-up closes: from the phone class up (360 px), the
  // German labels fit as the English do
  const weekdays = weekdaysBetween('2024-12-02', '2025-01-27').map((date, i) => ({ date, close: 100 + (i % 7) - (i === 39 ? 20 : 0) }));
  it.each([
    ['en', 'phone', ['Dec 2024', 'Jan 2025', '27 Jan']],
    ['de', 'phone', ['Dez. 2024', 'Jan. 2025', '27. Jan.']],
    ['de', 'medium', ['Dez. 2024', 'Jan. 2025', '27. Jan.']],
  ] as const)('%s %s: labels the first month, each new month and the marked day where they fit', (locale, size, labels) => {
    expect(weekdays.at(-1)!.date).toBe('2025-01-27');
    expect(heroLayout(input(locale, weekdays), size).xTicks.map((t) => t.label)).toEqual(labels.map((l) => l.replace(/ /g, '\u00a0')));
  });

  it.each(SIZES)('%s: y labels are two label heights apart at the smallest plot', (size) => {
    const l = heroLayout(input('de'), size);
    const gap = ((l.yTicks[0]!.at - l.yTicks[1]!.at) / 100) * HERO_SIZES[size].minPlotHeight;
    expect(gap).toBeGreaterThanOrEqual(2 * (HERO_TYPE.tick * HERO_TYPE.lineHeight + LABEL_GAP));
    expect(l.yTicks.length).toBeGreaterThanOrEqual(3);
    expect(l.yTicks.length).toBeLessThanOrEqual(5);
  });

  it.each([
    // the figure's widest part, at the font size hero.css gives it, fits its column on the smallest screen
    ['en', 'narrow', 36, 288],
    ['de', 'narrow', 36, 288],
    ['en', 'wide', 48, 272],
    ['de', 'wide', 48, 272],
  ] as const)('%s %s: the annotation figure fits (%i px type in %i px)', (locale, size, font, room) => {
    const l = heroLayout(input(locale), size);
    for (const part of l.figure) expect(textWidth(part, font * 1.05)).toBeLessThanOrEqual(room); // bold: 5% wider
  });

  /** The least distance in px from the box to the line through `points` (% of a width x height plot), by
   *  walking the line in steps of a tenth of a pixel. */
  const distance = (box: LabelBox, points: [number, number][], width: number, height: number) => {
    let least = Infinity;
    points.slice(1).forEach(([x, y], i) => {
      const [ax, ay, bx, by] = [(points[i]![0] / 100) * width, (points[i]![1] / 100) * height, (x / 100) * width, (y / 100) * height];
      const steps = Math.ceil(Math.hypot(bx - ax, by - ay) * 10);
      for (let k = 0; k <= steps; k++) {
        const [px, py] = [ax + ((bx - ax) * k) / steps, ay + ((by - ay) * k) / steps];
        least = Math.min(least, Math.hypot(Math.max(box.x0 - px, 0, px - box.x1), Math.max(box.y0 - py, 0, py - box.y1)));
      }
    });
    return least;
  };
  /** The line up to the close before the mark, as points in % of the plot, read from the layout's path. */
  const runPoints = (l: HeroLayout) => l.run.slice(1).split('L').map((p) => p.split(',').map((v) => Number(v) / 10) as [number, number]);

  // made-up closes: the day before the mark at 100, the mark where the test puts it
  const fell = (to: number) => weekdays.map((r, i, all) => (i === all.length - 1 ? { ...r, close: to } : i === all.length - 2 ? { ...r, close: 100 } : r));
  it.each([
    ['en', 84, '−16.0%'],
    ['de', 84, '−16,0\u00a0%'],
    // rounded once, from the move itself (−16.949%), not from its two-decimal form (−16.95%)
    ['en', 83.051, '−16.9%'],
  ] as const)('%s: labels the share price\'s move beside the fall (mark at %s)', (locale, to, label) => {
    expect(heroLayout(input(locale, fell(to)), 'narrow').move).toBe(label);
  });

  // the line runs along the mark's level in the days before the fall, where the label would be
  const along = fell(84).map((r, i, all) => (i >= all.length - 10 && i < all.length - 2 ? { ...r, close: 84 } : r));
  it.each(SIZES)('%s: the move stays inside the plot and clear of the line in every plot, or is left out', (size) => {
    const { minPlotWidth, maxPlotWidth, minPlotHeight } = HERO_SIZES[size];
    for (const locale of LOCALES) {
      const l = heroLayout(input(locale, fell(84)), size);
      expect(l.move).toBeDefined();
      for (const [w, h] of [[minPlotWidth, minPlotHeight], [maxPlotWidth, minPlotHeight], [maxPlotWidth, 3 * minPlotHeight]] as const) {
        const box = moveBox(l.move!, l.before.x, l.mark.y, w, h);
        expect(box.x0).toBeGreaterThanOrEqual(0);
        expect(box.y0).toBeGreaterThanOrEqual(0);
        expect(box.y1).toBeLessThanOrEqual(h);
        expect(distance(box, runPoints(l), w, h)).toBeGreaterThanOrEqual(MOVE_CLEAR - 0.05);
      }
      expect(heroLayout(input(locale, along), size).move).toBeUndefined();
    }
  });

  it('finds overlaps when there are some', () => {
    const a = { id: 'a', x0: 0, x1: 10, y0: 0, y1: 10 };
    expect(overlaps([a, { id: 'b', x0: 9, x1: 20, y0: 0, y1: 10 }])).toEqual([['a', 'b']]);
    expect(overlaps([a, { id: 'c', x0: 10, x1: 20, y0: 0, y1: 10 }])).toEqual([]);
    expect(overlaps([a, { id: 'c', x0: 12, x1: 20, y0: 0, y1: 10 }], 3)).toEqual([['a', 'c']]);
  });
});

describe('the masthead text', () => {
  it.each([
    ['en', 'Monday, 27\u00a0January\u00a02025'],
    ['de', 'Montag, 27.\u00a0Januar\u00a02025'],
  ] as const)('%s kicker: weekday and date of the mark', (locale, kicker) => {
    expect(heroKicker('2025-01-27', locale)).toBe(kicker);
  });

  it.each([
    [['<p>one two three</p>'], 1],
    [[`<p>${'word '.repeat(460)}</p>`, '<p>a &amp; b</p>'], 2],
    [[`<p>${'Wort, '.repeat(229)}</p><span class="fact">$1</span>`], 1],
    [[`${'<em>x</em> '.repeat(2300)}`], 10],
  ] as const)('reading time of case %#', (htmls, minutes) => {
    expect(readingMinutes(htmls)).toBe(minutes);
  });

  it.each([
    ['Der DeepSeek-Schock', 'Der DeepSeek-\u2060Schock'],
    ['Von der Redaktion des DeepSeek-Schocks', 'Von der Redaktion des DeepSeek-\u2060Schocks'],
    ['1990-2000 and - dashes', '1990-2000 and - dashes'],
  ])('keeps %s together at its hyphens', (text, kept) => {
    expect(keepHyphens(text)).toBe(kept);
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{n}\u00a0min read, {x}', { n: 12 })).toBe('12\u00a0min read, {x}');
  });
});
