// The opening picture: a company's daily close from the first row of its chart to the marked day, falling
// off that day's cliff, with the fact of the day as a big annotation. Pure: data and a size class in,
// geometry out. The lines are drawn in a 1000 x 1000 box that CSS stretches to the plot (strokes do not
// scale); everything that is text is HTML placed in % of the plot, so it keeps its size at any width, and
// every position below is in % of the plot box (x from the left, y from the top).
import { ticks } from 'd3-array';
import { formatFigure, proseDecimals, type Figure } from './display';
import type { StoryModel } from './content/model';
import { decimalsOf, formatDate, formatMonth, formatValue, type Locale } from './format';
import { segmentHitsBox } from './charts/segments';
import { WORD_JOINER } from './word-joiner';

/** A row of the hero's chart: a trading day and its close. */
export interface HeroRow {
  date: string;
  close: number;
  decimals?: number;
}

export interface HeroInput {
  rows: readonly HeroRow[];
  /** The trading day the picture falls on (meta.yaml hero.mark). */
  mark: string;
  /** The fact printed at the cliff (meta.yaml hero.fact), e.g. a loss of market value. */
  fact: Figure & { display?: number };
  locale: Locale;
}

/**
 * Size classes, as hero.css lays them out (keep the two in step): below 22.5rem, 22.5 to 30rem, 30 to 60rem,
 * from 60rem; on screen, a window 41.5rem to 60rem wide and 30rem or less high (a phone on its side) is of the
 * phone class.
 * Phones and tablets (below 60rem) put the annotation above the plot; wider screens put it in a column right of the plot. The smallest plot is what
 * the labels are fitted to: x positions are in %, so labels that clear each other there clear each other
 * at every larger width.
 */
export const HERO_SIZES = {
  /** 320 px screen: 288 px figure - 44 px y-axis gutter - 20 px bracket column - 2 x 8 px gaps; the plot 180 px
   *  high on a short phone (11.25rem, hero.css), 192 elsewhere. */
  narrow: { minPlotWidth: 208, minPlotHeight: 180, maxPlotWidth: 360 - 32 - 80 },
  /** 360 px screen (22.5rem), most phones: the same columns, room for a label the smallest plot drops; and a
   *  phone on its side (41.5rem to 60rem wide, 30rem high or less), its picture right of the text: 252 to 413 px
   *  (hero.css). */
  phone: { minPlotWidth: 248, minPlotHeight: 180, maxPlotWidth: Math.ceil(((960 - 32 - 24) * 1.2) / 2.2 - 80) },
  /** 480 px screen (30rem), the same columns (up to 40rem, as short as a phone's). */
  medium: { minPlotWidth: 368, minPlotHeight: 180, maxPlotWidth: 960 - 32 - 80 },
  /** 960 px screen: 896 px figure - 44 px gutter - 24 px bracket - 272 px annotation - 3 x 12 px gaps. */
  wide: { minPlotWidth: 520, minPlotHeight: 224, maxPlotWidth: 960 - 44 - 24 - 272 - 36 },
} as const;
export type HeroSizeClass = keyof typeof HERO_SIZES;

/** Type sizes in CSS px (hero.css): tick labels, the emphasised date of the mark, and the day's move. */
export const HERO_TYPE = { tick: 13, markTick: 14, move: 15, lineHeight: 1.25 } as const;
/** Space kept between two labels, px. */
export const LABEL_GAP = 6;
/** At most this many y-axis lines. */
export const MAX_Y_TICKS = 5;

export interface XTick {
  /** % of the plot width. */
  at: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
  /** The marked day, set in bold. */
  mark: boolean;
}

export interface YTick {
  value: number;
  /** % of the plot height from the top. */
  at: number;
  label: string;
}

export interface HeroLayout {
  size: HeroSizeClass;
  /** SVG path (1000 x 1000 box) of the closes from the first day to the day before the mark. */
  run: string;
  /** SVG path of the fall: the day before the mark to the mark. */
  cliff: string;
  /** Horizontal grid lines, in the 1000-box. */
  grid: number[];
  /** The day before the mark and the mark, in % of the plot. */
  before: { x: number; y: number };
  mark: { x: number; y: number };
  yTicks: YTick[];
  xTicks: XTick[];
  /** The fact as the annotation prints it, signed as the day moved ("−$592.7bn"), split where it may wrap. */
  figure: string[];
  /** The day's move in the share price, close to close ("−16.97%"). */
  change: string;
  /** The move as the plot labels it, left of the fall, level with the mark ("−17.0%"): the bracket measures
   *  the share price, so the price's move stands beside it, the fact (a sum of money) in the annotation. Its
   *  right edge is MOVE_GAP px left of the close before the mark (moveBox). Left out where it would touch
   *  the line in some size class. */
  move?: string;
  /** Prices and days for the written summary. */
  text: { from: string; to: string; before: string; beforeDate: string; markPrice: string; markDate: string };
}

const BOX = 1000;
/** Space in px between the move's label and the fall on its right, and the least between it and the line. */
export const MOVE_GAP = 8;
export const MOVE_CLEAR = 4;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Estimated width in px of a label in the page's sans at `size` px (tabular digits, generous for capitals). */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\s\u00a0]/.test(ch) ? 0.28 : /[.,:;'’]/.test(ch) ? 0.3 : /[A-ZÄÖÜ$€%]/.test(ch) ? 0.68 : /[mwMW]/.test(ch) ? 0.85 : 0.6;
  return em * size;
}

/** The rows the picture shows: the chart's first day to the mark, in date order. */
export function heroRows(rows: readonly HeroRow[], mark: string): HeroRow[] {
  const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date));
  const end = sorted.findIndex((r) => r.date === mark);
  if (end < 1) throw new Error(`hero: the chart has no trading day ${mark} with a day before it`);
  return sorted.slice(0, end + 1);
}

export function heroLayout(input: HeroInput, size: HeroSizeClass): HeroLayout {
  const { locale } = input;
  const rows = heroRows(input.rows, input.mark);
  const n = rows.length;
  const last = rows[n - 1]!;
  const prev = rows[n - 2]!;
  const { minPlotWidth } = HERO_SIZES[size];
  // the y axis is the same in every size class, so that one drawing of the line serves them all
  const minPlotHeight = Math.min(...Object.values(HERO_SIZES).map((s) => s.minPlotHeight));

  // y: nice ticks around the closes, as many as fit the smallest plot without crowding
  const closes = rows.map((r) => r.close);
  const lo = Math.min(...closes);
  const hi = Math.max(...closes);
  const minGap = HERO_TYPE.tick * HERO_TYPE.lineHeight + LABEL_GAP;
  let values: number[] = [];
  for (const count of [4, 3, 2, 1]) {
    const t = ticks(lo, hi, count);
    const step = t.length > 1 ? t[1]! - t[0]! : hi - lo || 1;
    const domain = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step] as const;
    values = Array.from({ length: Math.round((domain[1] - domain[0]) / step) + 1 }, (_, i) => Number((domain[0] + i * step).toPrecision(12)));
    // three to five labelled lines, each clear of the next by at least two label heights at the smallest plot
    if ((values.length <= MAX_Y_TICKS && (step / (domain[1] - domain[0])) * minPlotHeight >= 2 * minGap) || count === 1) break;
  }
  const y0 = values[0]!;
  const y1 = values.at(-1)!;
  const yPct = (v: number) => ((y1 - v) / (y1 - y0)) * 100;
  const xPct = (i: number) => (i / (n - 1)) * 100;
  const tickDecimals = Math.max(0, ...values.map(decimalsOf));
  const yTicks = values.map((value) => ({ value, at: round(yPct(value)), label: formatValue(value, 'usd', locale, { decimals: tickDecimals, compact: true }) }));

  const pt = (i: number) => `${round((xPct(i) / 100) * BOX, 1)},${round((yPct(rows[i]!.close) / 100) * BOX, 1)}`;
  const run = `M${rows.slice(0, n - 1).map((_, i) => pt(i)).join('L')}`;
  const cliff = `M${pt(n - 2)}L${pt(n - 1)}`;

  // x: the first day with its year, each new month (with the year in January), and the marked day;
  // a month label that would touch a kept one is dropped
  const boxOf = (t: XTick, width: number): [number, number] => {
    const w = textWidth(t.label, t.mark ? HERO_TYPE.markTick : HERO_TYPE.tick);
    const x = (t.at / 100) * width;
    return t.anchor === 'start' ? [x, x + w] : t.anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
  };
  const markTick: XTick = { at: 100, label: formatMonth(last.date, locale, 'day'), anchor: 'end', mark: true };
  const candidates: XTick[] = rows.flatMap((r, i) => {
    if (i === n - 1) return [];
    const newMonth = i === 0 || r.date.slice(0, 7) !== rows[i - 1]!.date.slice(0, 7);
    if (!newMonth) return [];
    const withYear = i === 0 || r.date.slice(5, 7) === '01';
    return [{ at: round(xPct(i)), label: formatMonth(r.date, locale, withYear ? 'year' : 'none'), anchor: i === 0 ? 'start' : 'middle', mark: false } as XTick];
  });
  const xTicks: XTick[] = [markTick];
  for (const c of candidates) {
    const [a, b] = boxOf(c, minPlotWidth);
    const clear = a >= 0 && xTicks.every((k) => {
      const [ka, kb] = boxOf(k, minPlotWidth);
      return b + LABEL_GAP <= ka || kb + LABEL_GAP <= a;
    });
    if (clear) xTicks.push(c);
  }
  xTicks.sort((a, b) => a.at - b.at);

  // the fact, signed as the marked day moved, and the move itself
  const down = last.close < prev.close;
  const decimals = proseDecimals(input.fact, input.fact.display);
  const signed = { ...input.fact, value: Math.abs(input.fact.value) * (down ? -1 : 1) };
  const figure = formatFigure(signed, locale, { decimals, compact: true })
    .split(/[\s\u00a0]+/)
    .reduce<string[]>((parts, word, i) => (i === 0 ? [word] : i === 1 ? [...parts, word] : [parts[0]!, `${parts[1]}\u00a0${word}`]), []);
  const pct = Math.round(((last.close - prev.close) / prev.close) * 10000) / 100;
  const moveLabel = formatValue(((last.close - prev.close) / prev.close) * 100, 'pct-change', locale, { decimals: 1 });
  const move = moveAt(moveLabel, rows.slice(0, n - 1).map((r, i) => [xPct(i), yPct(r.close)]), round(yPct(last.close)));
  const cents = Math.max(...rows.map((r) => r.decimals ?? decimalsOf(r.close)));
  const price = (r: HeroRow) => formatValue(r.close, 'usd', locale, { decimals: cents });

  return {
    size,
    run,
    cliff,
    grid: values.map((v) => round((yPct(v) / 100) * BOX, 1)),
    before: { x: round(xPct(n - 2)), y: round(yPct(prev.close)) },
    mark: { x: 100, y: round(yPct(last.close)) },
    yTicks,
    xTicks,
    figure,
    change: formatValue(pct, 'pct-change', locale, { decimals: 2 }),
    ...(move && { move }),
    text: {
      from: formatDate(rows[0]!.date, locale),
      to: formatDate(last.date, locale),
      before: price(prev),
      beforeDate: formatDate(prev.date, locale),
      markPrice: price(last),
      markDate: formatDate(last.date, locale),
    },
  };
}

/** The move's label where, level with the mark (`markY`, % of the plot), it stays inside the plot and MOVE_CLEAR
 *  px from the line (`run`: up to the close before the mark, in % of the plot) in the smallest plot of every
 *  size class; else none. */
function moveAt(label: string, run: [number, number][], markY: number): string | undefined {
  const x = run.at(-1)![0];
  const fits = Object.values(HERO_SIZES).every(({ minPlotWidth: w, minPlotHeight: h }) => {
    const box = moveBox(label, x, markY, w, h);
    return box.x0 >= 0 && box.y0 >= 0 && box.y1 <= h && clearOf(box, run, w, h);
  });
  return fits ? label : undefined;
}

/** The box in px of the move's label (bold: 5% wider) in a plot of `width` x `height`, right-aligned MOVE_GAP
 *  px left of `x` (% of the plot: the close before the mark), its middle at `y` (% of the plot: the mark's). */
export function moveBox(label: string, x: number, y: number, width: number, height: number): LabelBox {
  const h = HERO_TYPE.move * HERO_TYPE.lineHeight;
  const x1 = (x / 100) * width - MOVE_GAP;
  const y0 = (y / 100) * height - h / 2;
  return { id: `move:${label}`, x0: x1 - textWidth(label, HERO_TYPE.move) * 1.05, x1, y0, y1: y0 + h };
}

/** Whether the line through `points` (% of a plot of `width` x `height`) stays MOVE_CLEAR px from `box`. */
function clearOf(box: LabelBox, points: readonly [number, number][], width: number, height: number): boolean {
  const px = points.map(([x, y]) => [(x / 100) * width, (y / 100) * height] as const);
  const near = { x: box.x0 - MOVE_CLEAR, y: box.y0 - MOVE_CLEAR, width: box.x1 - box.x0 + 2 * MOVE_CLEAR, height: box.y1 - box.y0 + 2 * MOVE_CLEAR };
  return px.slice(1).every((b, i) => !segmentHitsBox(px[i]!, b, near));
}

export interface LabelBox {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The boxes of the tick labels in px for a plot of `width` x `height` (origin at the plot's top left; the
 * y labels sit in the gutter to its left, right-aligned, the x labels in the row under it), for the
 * collision tests.
 */
export function tickBoxes(layout: HeroLayout, width: number, height: number): LabelBox[] {
  const lh = (size: number) => size * HERO_TYPE.lineHeight;
  const ys = layout.yTicks.map((t) => {
    const w = textWidth(t.label, HERO_TYPE.tick);
    const y = (t.at / 100) * height;
    return { id: `y:${t.label}`, x0: -8 - w, x1: -8, y0: y - lh(HERO_TYPE.tick) / 2, y1: y + lh(HERO_TYPE.tick) / 2 };
  });
  const xs = layout.xTicks.map((t) => {
    const size = t.mark ? HERO_TYPE.markTick : HERO_TYPE.tick;
    const w = textWidth(t.label, size);
    const x = (t.at / 100) * width;
    const [x0, x1] = t.anchor === 'start' ? [x, x + w] : t.anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
    return { id: `x:${t.label}`, x0, x1, y0: height + 6, y1: height + 6 + lh(size) };
  });
  return [...ys, ...xs];
}

/** Pairs of boxes that overlap (touching edges do not count). */
export function overlaps(boxes: readonly LabelBox[], gap = 0): [string, string][] {
  const out: [string, string][] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap) out.push([a.id, b.id]);
    }),
  );
  return out;
}

/** "Monday, 27 January 2025": the weekday and date of the marked day, for the kicker. */
export function heroKicker(isoDay: string, locale: Locale): string {
  const weekday = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
  return `${weekday}, ${formatDate(isoDay, locale)}`;
}

/** Reading time in whole minutes (at least 1) of HTML texts, at a reading speed in words per minute. */
export function readingMinutes(htmls: readonly string[], wordsPerMinute = 230): number {
  const words = htmls
    .join(' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Hyphens between letters held to the next letter by a word joiner (U+2060), so that "DeepSeek-Schock" breaks
 *  at a space, never after "DeepSeek-". Not the non-breaking hyphen U+2011, which the site's fonts lack: it
 *  was drawn in a fallback face, thinner than Inter's own hyphen, and looked up as the page loaded. */
export function keepHyphens(text: string): string {
  return text.replace(/(?<=\p{L})-(?=\p{L})/gu, `-${WORD_JOINER}`);
}

/** Fills "{name}" placeholders in an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The opening's positions as one stylesheet (the page's security policy admits no style attributes): the
 *  points the marks hang from, and each axis label's place along its axis. `xSets` are the sets of date
 *  labels, in the order of the .hero-x rows (data-set="0", "1", ...). */
export function heroCss(layout: HeroLayout, xSets: XTick[][]): string {
  const rules = [
    `.hero-figure{--hb-x:${layout.before.x}%;--hb-y:${layout.before.y}%;--hm-y:${layout.mark.y}%}`,
    ...layout.yTicks.map((tick, i) => `.hero-y>span:nth-child(${i + 1}){top:${tick.at}%}`),
    ...xSets.flatMap((ticks, set) => ticks.map((tick, i) => `.hero-x[data-set="${set}"]>span:nth-child(${i + 1}){left:${tick.at}%}`)),
  ];
  return rules.join('');
}

/** The opening's chart from the story (meta.yaml hero: chart, fact, mark) at every size class, and its
 *  distinct sets of date labels with the size classes each belongs to (they differ in labels, if at all). */
export function heroFigure(story: StoryModel, locale: Locale) {
  const { hero } = story.meta;
  const chart = story.sections.flatMap((s) => s.charts).find((c) => c.id === hero.chart);
  const fact = story.facts[hero.fact];
  const sizes = Object.keys(HERO_SIZES) as HeroSizeClass[];
  const layouts =
    chart && fact
      ? sizes.map((size) =>
          heroLayout(
            {
              rows: chart.rows.map((r) => ({ date: String(r.date ?? r.id), close: Number(r[chart.valueColumn]), decimals: r.decimals })),
              mark: hero.mark,
              fact: { value: fact.value, unit: fact.unit, decimals: fact.decimals, display: fact.display },
              locale,
            },
            size,
          ),
        )
      : [];
  const xSets = [...Map.groupBy(layouts, (l) => JSON.stringify(l.xTicks)).values()].map((group) => ({ ticks: group[0]!.xTicks, sizes: group.map((l) => l.size) }));
  const css = layouts[0] ? heroCss(layouts[0], xSets.map((set) => set.ticks)) : undefined;
  return { chart, fact, layouts, xSets, css };
}

/** The opening's picture for a story and language (heroFigure): computed once per page. */
export type HeroFigure = ReturnType<typeof heroFigure>;
