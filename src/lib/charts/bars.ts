// The chart kind "bars", drawn from a CSV as its YAML describes it (kind: bars, options under `bars:`). Each
// row is a bar of its value column, named by label_en / label_de, coloured by its tone column (nvidia,
// deepseek, fall, rise, alt; empty: grey, or by the value's sign with signTones), drawn solid or, by its
// style column, as an outline (an index, a reference): outlined rows stand apart, after the solid ones. Rows
// keep the CSV's order or are sorted by value; with a group column they are sorted within their group, the
// groups in the order the CSV first names them, and each new group starts after a gap and a divider. With a date column each name carries its month, and a
// step can hold back the rows after a day (until). Steps highlight rows and may show only some of them; rows
// the YAML names in alwaysNamed keep their names where the others out of focus are thin bars.
import { z } from 'astro/zod';
import { chartLabeler, scaleFigure, type Figure } from '../display';
import { decimalsOf, formatMonth, type Locale, type Unit } from '../format';
import { typeset } from '../typography';
import { dayAttr, dayCell, idListAttr, numberCell, textCell, toneCell } from './cells';
import type { ChartText } from './notes';
import { rowBarsLayout, type RowBarsLayout, type RowTone } from './row-bars';

/** How the YAML of a "bars" chart lays it out (its `bars:` entry). */
export const barsOptions = z
  .strictObject({
    /** Sort the rows by value, largest first (descending) or smallest first (ascending); default: the CSV's order. */
    sort: z.enum(['ascending', 'descending']).optional(),
    /** A column whose change from one row to the next starts a new group (a gap and a dotted divider). */
    groupColumn: z.string().min(1).optional(),
    /** Rows with an empty tone are coloured by their value's sign: fall below zero, rise above. */
    signTones: z.boolean().default(false),
    /** A column with each row's day (YYYY-MM-DD): its month follows the name, and steps may say until="<day>". */
    dateColumn: z.string().min(1).optional(),
    /** Rows that keep their name and value at every step, also in a box too short to name every row, where the
     *  other rows out of focus are thin bars without names (market moves: Nvidia, whose fall the story follows). */
    alwaysNamed: z.array(z.string().min(1)).default([]),
  })
  .default({ signTones: false, alwaysNamed: [] });
export type BarsOptions = z.infer<typeof barsOptions>;

/** The styles a row may be given in its style column: an outline (an index, a reference); empty: solid. */
const STYLES = ['outline'] as const;

/** A row as the chart reads it. */
export interface BarsRow {
  id: string;
  source: string;
  label_en: string;
  label_de: string;
  tone?: RowTone;
  style?: (typeof STYLES)[number];
  /** The value, group and date columns, by their names in the YAML. */
  [column: string]: unknown;
}

export interface BarsState {
  /** Rows in colour; empty: all. */
  highlight: string[];
  /** Rows shown; empty: all. */
  show: string[];
  /** With a date column: rows after this day are held back; empty: none. */
  until?: string;
}

/** What a step of this chart may say: until only where the rows have dates. */
export function barsState(options: BarsOptions): z.ZodType<BarsState, unknown> {
  const base = { highlight: idListAttr, show: idListAttr };
  return options.dateColumn ? z.strictObject({ ...base, until: dayAttr }) : z.strictObject(base);
}

const styleCell = z
  .string()
  .trim()
  .refine((s) => s === '' || STYLES.some((x) => x === s), { message: `must be empty or ${STYLES.join(', ')}` })
  .transform((s) => STYLES.find((x) => x === s))
  .optional();

/** How a CSV row of this chart is read: the value column a number, the tone one of the row tones, the style
 *  empty or outline, the group column (if named) filled, the date column (if named) a day. */
export function barsRow(valueColumn: string, options: BarsOptions): z.ZodType<BarsRow, unknown> {
  return z
    .object({ id: textCell, source: textCell, label_en: textCell, label_de: textCell, tone: toneCell, style: styleCell })
    .catchall(z.string())
    .transform((row, ctx) => {
      const out: Record<string, unknown> = { ...row };
      const value = numberCell.safeParse(row[valueColumn]);
      if (value.success) out[valueColumn] = value.data;
      else for (const issue of value.error.issues) ctx.addIssue({ code: 'custom', path: [valueColumn], message: issue.message });
      if (options.groupColumn && !String(row[options.groupColumn] ?? '').trim()) ctx.addIssue({ code: 'custom', path: [options.groupColumn], message: 'the cell is empty' });
      if (options.dateColumn) {
        const day = dayCell.safeParse(row[options.dateColumn]);
        if (!day.success) for (const issue of day.error.issues) ctx.addIssue({ code: 'custom', path: [options.dateColumn], message: issue.message });
      }
      return out as BarsRow;
    });
}

export function barsLayout(valueColumn: string, unit: Unit, options: BarsOptions) {
  return (rows: readonly BarsRow[], state: BarsState, locale: Locale, text: ChartText = { notes: [] }): RowBarsLayout => {
    const value = (r: BarsRow) => r[valueColumn] as number;
    const group = (r: BarsRow | undefined) => (options.groupColumn && r ? String(r[options.groupColumn]) : undefined);
    const date = (r: BarsRow) => (options.dateColumn ? String(r[options.dateColumn]) : undefined);
    const focus = new Set(state.highlight);
    const shown = new Set(state.show);
    const figure = (r: BarsRow): Figure => ({ value: value(r), unit, decimals: (r.decimals as number | undefined) ?? decimalsOf(value(r)) });
    const label = chartLabeler(rows.map(figure), locale);
    const byValue = (a: BarsRow, b: BarsRow) => (options.sort === 'ascending' ? value(a) - value(b) : value(b) - value(a));
    // outlined rows stand apart, after the solid ones; in each, rows sorted within their groups
    const arrange = (block: BarsRow[]) => (options.sort ? [...new Set(block.map(group))].flatMap((g) => block.filter((r) => group(r) === g).sort(byValue)) : block);
    const sorted = [...arrange(rows.filter((r) => r.style !== 'outline')), ...arrange(rows.filter((r) => r.style === 'outline'))];
    const block = (r: BarsRow | undefined) => `${r?.style ?? 'solid'} ${group(r)}`;
    const values = rows.map(value);
    return rowBarsLayout({
      items: sorted.map((row, i) => {
        const name = typeset(locale === 'de' ? row.label_de : row.label_en);
        const day = date(row);
        return {
          id: row.id,
          label: day ? `${name}, ${formatMonth(day, locale)}` : name,
          valueText: label(figure(row)),
          // (the number alone where the axis prints the unit and the value is shown in it: not "1.2" under "$bn"
          // for $1.2tn, nor a fall without its sign)
          bareText: text.axis && value(row) >= 0 && scaleFigure(figure(row)).unit === unit ? label(figure(row), { bare: true }) : undefined,
          to: value(row),
          tone: row.tone ?? (options.signTones ? (value(row) < 0 ? 'fall' : 'rise') : 'other'),
          style: row.style ?? 'solid',
          highlighted: focus.size === 0 || focus.has(row.id),
          visible: (shown.size === 0 || shown.has(row.id)) && (!state.until || !day || day <= state.until),
          groupStart: i > 0 && block(row) !== block(sorted[i - 1]),
          named: options.alwaysNamed.includes(row.id),
        };
      }),
      domain: [Math.min(...values), Math.max(...values)],
      unit,
      locale,
      axisUnit: text.axis,
      notes: text.notes,
      allNotes: text.allNotes,
      compactNote: text.compactRows,
    });
  };
}
