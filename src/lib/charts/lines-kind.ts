// The chart kind "lines", drawn from a CSV as its YAML describes it (kind: lines, options under `lines:`):
// values over time, one line per series, revealed up to a step's day or year ("until"), with the step's
// highlighted rows marked by their value. The x column holds days (YYYY-MM-DD) or years; a series column, if
// named, says which line a row belongs to, with each line's name and colour from the YAML's `series:`
// (without it, one line, named by the first entry there). Marked days can carry their change from the
// previous row (change: true, for prices).
import { z } from 'astro/zod';
import { chartDecimals, chartLabeler, formatFigure, type Figure } from '../display';
import { decimalsOf, formatDate, formatMonth, type Locale, type Unit } from '../format';
import { dayAttr, idListAttr, ISO_DAY, numberCell, textCell } from './cells';
import { linesLayout, type LinesLayout } from './lines';
import type { ChartText } from './notes';
import { shownTone, type Tone } from './row-bars';
import { ui } from '../../i18n/ui';

/** How the YAML of a "lines" chart lays it out (its `lines:` entry). */
export const linesOptions = z
  .strictObject({
    /** The column with each row's day (YYYY-MM-DD) or year. */
    x: z.string().min(1),
    /** The column saying which line a row belongs to (keys of `series:`); default: one line. */
    series: z.string().min(1).optional(),
    /** How a year is named in labels and the data table, with {x} for the year, e.g. { en: "FY{x}", de: "GJ {x}" }. */
    xName: z.strictObject({ en: z.string().includes('{x}'), de: z.string().includes('{x}') }).optional(),
    /** Label a marked row with its change from the previous row, in per cent (prices). */
    change: z.boolean().default(false),
    /** The value axis starts at zero. */
    zero: z.boolean().default(false),
  })
  .optional();
export type LinesOptions = NonNullable<z.infer<typeof linesOptions>>;

/** A row as the chart reads it: its x a day (text) or a year (number), its value a number. */
export interface LinesRow {
  id: string;
  source: string;
  [column: string]: unknown;
}

export interface LinesState {
  /** Rows to mark with their value; also the lines drawn in colour (empty: all). */
  highlight: string[];
  /** Lines are drawn up to this day or year; empty: to the end. */
  until: string;
}

export const linesState = z.strictObject({ highlight: idListAttr, until: dayAttr }) satisfies z.ZodType<LinesState, unknown>;

/** How a CSV row of this chart is read: the x column a day or a year, the value column a number. */
export function linesRow(valueColumn: string, options: LinesOptions): z.ZodType<LinesRow, unknown> {
  return z
    .object({ id: textCell, source: textCell })
    .catchall(z.string())
    .transform((row, ctx) => {
      const out: Record<string, unknown> = { ...row };
      const value = numberCell.safeParse(row[valueColumn] ?? '');
      if (value.success) out[valueColumn] = value.data;
      else for (const issue of value.error.issues) ctx.addIssue({ code: 'custom', path: [valueColumn], message: issue.message });
      const x = (row[options.x] ?? '').trim();
      if (/^\d{4}$/.test(x)) out[options.x] = Number(x);
      else if (!ISO_DAY.test(x)) ctx.addIssue({ code: 'custom', path: [options.x], message: 'write a day as YYYY-MM-DD or a year as YYYY' });
      if (options.series && !row[options.series]?.trim()) ctx.addIssue({ code: 'custom', path: [options.series], message: 'the cell is empty' });
      return out as LinesRow;
    });
}

const DAY = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** "Fri" / "Fr.": the weekday tells days close together apart ("Fri 24 Jan"). */
const weekday = (ms: number, locale: Locale) => ui(locale).weekdays.split(' ')[new Date(ms).getUTCDay()]!;

/** Close-to-close change in per cent, to three decimals, so that it rounds to one without guessing. */
export function changeFrom(before: number | undefined, value: number): number | undefined {
  return before === undefined ? undefined : Math.round(((value - before) / before) * 100000) / 1000;
}

/** What the layout and the data table need to know of a chart's rows. */
function reader(valueColumn: string, options: LinesOptions, text: ChartText) {
  const entries = Object.entries(text.series ?? {});
  const seriesOf = (r: LinesRow) => (options.series ? String(r[options.series]) : (entries[0]?.[0] ?? 'line'));
  return {
    value: (r: LinesRow) => r[valueColumn] as number,
    /** A day as ms since 1970, or a year. */
    x: (r: LinesRow) => (typeof r[options.x] === 'number' ? (r[options.x] as number) : DAY(String(r[options.x]))),
    isDay: (r: LinesRow) => typeof r[options.x] === 'string',
    seriesOf,
    nameOf: (id: string) => text.series?.[id]?.name ?? (options.series ? id : ''),
    toneOf: (id: string): Tone => text.series?.[id]?.tone ?? 'other',
    yearName: (year: number, locale: Locale) => (options.xName?.[locale] ?? '{x}').replace('{x}', String(year)),
  };
}

/** A row's name in the data table: its day, or its line and year ("Nvidia, FY2024"). */
export function linesRowName(valueColumn: string, options: LinesOptions) {
  return (row: LinesRow, locale: Locale, text: ChartText): string => {
    const r = reader(valueColumn, options, text);
    if (r.isDay(row)) return formatDate(String(row[options.x]), locale);
    const year = r.yearName(r.x(row), locale);
    const name = r.nameOf(r.seriesOf(row));
    return name ? `${name}, ${year}` : year;
  };
}

export function linesKindLayout(valueColumn: string, options: LinesOptions, unit: Unit) {
  return (rows: readonly LinesRow[], state: LinesState, locale: Locale, text: ChartText = { notes: [] }): LinesLayout => {
    const r = reader(valueColumn, options, text);
    const sorted = [...rows].sort((a, b) => r.x(a) - r.x(b));
    const days = sorted.length > 0 && r.isDay(sorted[0]!);
    const focus = new Set(state.highlight);
    const lit = new Set(sorted.filter((row) => focus.has(row.id)).map(r.seriesOf));
    const ids = [...new Set(sorted.map(r.seriesOf))];
    const figure = (row: LinesRow): Figure => ({ value: r.value(row), unit, decimals: (row.decimals as number | undefined) ?? decimalsOf(r.value(row)) });
    const label = chartLabeler(sorted.map(figure), locale);
    const precision = chartDecimals(sorted.map(figure));
    const [first, last] = [r.x(sorted[0]!), r.x(sorted.at(-1)!)];
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const dayName = (ms: number) => `${weekday(ms, locale)}\u00a0${formatMonth(iso(ms), locale, 'day')}`;
    const xName = (x: number) => (days ? dayName(x) : r.yearName(x, locale));
    // days: a tick at each month's first row, named by its month (the axis adds the years: fitTicks); years:
    // every fifth year, or every year over a short span
    const xTicks = days
      ? sorted
          .filter((row, i) => i === 0 || iso(r.x(row)).slice(0, 7) !== iso(r.x(sorted[i - 1]!)).slice(0, 7))
          .map((row) => ({ value: r.x(row), label: formatMonth(iso(r.x(row)), locale, 'none') }))
      : yearTicks(first, last);
    return linesLayout({
      series: ids.map((id) => {
        const highlighted = lit.size === 0 || lit.has(id);
        return {
          id,
          label: r.nameOf(id),
          // the lines in focus in their colour, the others dimmed by the charts' one rule (Nvidia paler, the rest grey)
          tone: shownTone(r.toneOf(id), highlighted),
          highlighted,
          values: sorted.filter((row) => r.seriesOf(row) === id).map((row) => ({ x: r.x(row), y: r.value(row) })),
        };
      }),
      points: sorted.flatMap((row) => {
        if (!focus.has(row.id)) return [];
        const line = sorted.filter((o) => r.seriesOf(o) === r.seriesOf(row));
        const before = line[line.indexOf(row) - 1];
        const change = options.change ? changeFrom(before && r.value(before), r.value(row)) : undefined;
        const name = ids.length > 1 ? `${r.nameOf(r.seriesOf(row))} ` : '';
        const when = `${name}${xName(r.x(row))}`;
        return [
          {
            id: row.id,
            x: r.x(row),
            y: r.value(row),
            tone: r.toneOf(r.seriesOf(row)),
            label: label(figure(row)),
            sub: change === undefined ? when : `${when}, ${formatFigure({ value: change, unit: 'pct-change', decimals: 3 }, locale, { decimals: 1 })}`,
          },
        ];
      }),
      xDomain: [first, last],
      revealTo: state.until ? (days ? DAY(state.until) : Number(state.until.slice(0, 4))) : last,
      xTicks,
      yUnit: unit,
      locale,
      axis: text.axis,
      endLabels: ids.length > 1,
      notes: text.notes,
      allNotes: text.allNotes,
      noteX: (id) => {
        const row = sorted.find((o) => o.id === id);
        return row && r.x(row);
      },
      yZero: options.zero,
      hoverLabel: (series, x, y) => {
        const value = formatFigure({ value: y, unit, decimals: precision }, locale, { decimals: precision, compact: true });
        return days ? `${formatMonth(iso(x), locale, 'day')}: ${value}` : `${series ? `${series} ` : ''}${r.yearName(x, locale)}: ${value}`;
      },
    });
  };
}

/** Ticks on a span of years: every fifth year over a long span, every year over a short one. */
function yearTicks(first: number, last: number): { value: number; label: string }[] {
  const every = last - first > 12 ? 5 : 1;
  const start = Math.ceil(first / every) * every;
  return Array.from({ length: Math.floor((last - start) / every) + 1 }, (_, i) => start + i * every).map((v) => ({ value: v, label: String(v) }));
}
