// Chart "nvidia-price": Nvidia's daily close, revealed up to a step's day, with that step's days marked
// by their price and their change from the previous close.
import { chartLabeler, chartDecimals, formatFigure, type Figure } from '../display';
import { decimalsOf, formatMonth, type Locale } from '../format';
import { linesLayout, type LinesLayout } from './lines';
import type { ChartText } from './notes';

/** One row of content/data/nvidia-price.csv; the id is the trading day. */
export interface PriceRow {
  id: string;
  date: string;
  close: number;
  source: string;
  decimals?: number;
}

export interface PriceState {
  /** Trading days to mark and label. */
  highlight: string[];
  /** The line is drawn up to this day; empty: to the end. */
  until: string;
}

const DAY = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const dayMonth = (iso: string, locale: Locale) => formatMonth(iso, locale, 'day');

/** Close-to-close change in per cent, to three decimals, so that it rounds to one without guessing. */
export function dailyChange(rows: readonly PriceRow[], index: number): number | undefined {
  const before = rows[index - 1];
  const row = rows[index];
  if (!before || !row) return undefined;
  return Math.round(((row.close - before.close) / before.close) * 100000) / 1000;
}

/** "Fri 24 Jan" / "Fr. 24. Jan.": the weekday tells the days around the fall apart. */
const WEEKDAY: Record<Locale, readonly string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  de: ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'],
};

export function nvidiaPriceLayout(rows: readonly PriceRow[], state: PriceState, locale: Locale, text: ChartText = { notes: [] }): LinesLayout {
  const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date));
  const focus = new Set(state.highlight);
  const first = sorted[0]!.date;
  const last = sorted.at(-1)!.date;
  const figure = (r: PriceRow): Figure => ({ value: r.close, unit: 'usd', decimals: r.decimals ?? decimalsOf(r.close) });
  const price = chartLabeler(sorted.map(figure), locale);
  const cents = chartDecimals(sorted.map(figure));
  // the one line's name and colour, from the chart's YAML (series:)
  const [id, named] = Object.entries(text.series ?? {})[0] ?? ['close', undefined];
  const line = { id, name: named?.name ?? '', tone: named?.tone ?? ('other' as const) };
  const monthStarts = sorted.filter((r, i) => i === 0 || r.date.slice(0, 7) !== sorted[i - 1]!.date.slice(0, 7));
  return linesLayout({
    series: [{ id: line.id, label: line.name, tone: line.tone, highlighted: true, values: sorted.map((r) => ({ x: DAY(r.date), y: r.close })) }],
    points: sorted.flatMap((r, i) => {
      if (!focus.has(r.id)) return [];
      const change = dailyChange(sorted, i);
      const day = `${WEEKDAY[locale][new Date(DAY(r.date)).getUTCDay()]}\u00a0${dayMonth(r.date, locale)}`;
      return [
        {
          id: r.id,
          x: DAY(r.date),
          y: r.close,
          tone: line.tone,
          label: price(figure(r)),
          sub: change === undefined ? day : `${day}, ${formatFigure({ value: change, unit: 'pct-change', decimals: 3 }, locale, { decimals: 1 })}`,
        },
      ];
    }),
    xDomain: [DAY(first), DAY(last)],
    revealTo: DAY(state.until || last),
    xTicks: monthStarts.map((r, i) => ({
      value: DAY(r.date),
      label: formatMonth(r.date, locale, i === 0 || r.date.slice(5, 7) === '01' ? 'year' : 'none'),
    })),
    yUnit: 'usd',
    locale,
    axis: text.axis,
    notes: text.notes,
    noteX: (id) => {
      const row = sorted.find((r) => r.id === id);
      return row && DAY(row.date);
    },
    hoverLabel: (_series, x, y) => `${dayMonth(new Date(x).toISOString().slice(0, 10), locale)}: ${formatFigure({ value: y, unit: 'usd', decimals: cents }, locale, { decimals: cents, compact: true })}`,
  });
}
