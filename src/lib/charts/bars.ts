// The chart kind an editor can use without code: row bars drawn from a CSV as its YAML describes them
// (kind: bars). Each row is a bar of its value column, named by label_en / label_de, coloured by its tone
// column (nvidia, deepseek, fall, rise, alt; empty: the neutral grey), in the CSV's order or sorted by value;
// a change in the group column starts a new group. Steps highlight rows and may show only some of them.
import { z } from 'astro/zod';
import { chartLabeler, type Figure } from '../display';
import { decimalsOf, type Locale, type Unit } from '../format';
import { idListAttr, numberCell, textCell, toneCell } from './cells';
import type { ChartText } from './notes';
import { rowBarsLayout, type RowBarsLayout, type RowTone } from './row-bars';

/** How the YAML of a "bars" chart lays it out (its `bars:` entry). */
export const barsOptions = z
  .strictObject({
    /** Sort the rows by value, largest first (descending) or smallest first (ascending); default: the CSV's order. */
    sort: z.enum(['ascending', 'descending']).optional(),
    /** A column whose change from one row to the next starts a new group (a gap and a dotted divider). */
    groupColumn: z.string().min(1).optional(),
  })
  .default({});
export type BarsOptions = z.infer<typeof barsOptions>;

/** A row as the chart reads it. */
export interface BarsRow {
  id: string;
  source: string;
  label_en: string;
  label_de: string;
  tone?: RowTone;
  /** The value column and the group column, by their names in the YAML. */
  [column: string]: unknown;
}

export interface BarsState {
  /** Rows in colour; empty: all. */
  highlight: string[];
  /** Rows shown; empty: all. */
  show: string[];
}

export const barsState = z.strictObject({ highlight: idListAttr, show: idListAttr });

/** How a CSV row of this chart is read: the named value column a number, the tone one of the row tones, the
 *  group column (if named) filled; other columns are kept as written. */
export function barsRow(valueColumn: string, options: BarsOptions): z.ZodType<BarsRow, unknown> {
  return z
    .object({ id: textCell, source: textCell, label_en: textCell, label_de: textCell, tone: toneCell })
    .catchall(z.string())
    .transform((row, ctx) => {
      const value = numberCell.safeParse(row[valueColumn]);
      if (!value.success) for (const issue of value.error.issues) ctx.addIssue({ code: 'custom', path: [valueColumn], message: issue.message });
      if (options.groupColumn && !row[options.groupColumn]?.trim()) ctx.addIssue({ code: 'custom', path: [options.groupColumn], message: 'the cell is empty' });
      return { ...row, [valueColumn]: value.data };
    });
}

export function barsLayout(valueColumn: string, unit: Unit, options: BarsOptions) {
  return (rows: readonly BarsRow[], state: BarsState, locale: Locale, text: ChartText = { notes: [] }): RowBarsLayout => {
    const value = (r: BarsRow) => r[valueColumn] as number;
    const focus = new Set(state.highlight);
    const shown = new Set(state.show);
    const figure = (r: BarsRow): Figure => ({ value: value(r), unit, decimals: (r.decimals as number | undefined) ?? decimalsOf(value(r)) });
    const label = chartLabeler(rows.map(figure), locale);
    const sorted = options.sort ? [...rows].sort((a, b) => (options.sort === 'ascending' ? value(a) - value(b) : value(b) - value(a))) : rows;
    const group = (r: BarsRow | undefined) => (options.groupColumn && r ? r[options.groupColumn] : undefined);
    const values = rows.map(value);
    return rowBarsLayout({
      items: sorted.map((row, i) => ({
        id: row.id,
        label: locale === 'de' ? row.label_de : row.label_en,
        valueText: label(figure(row)),
        to: value(row),
        tone: row.tone ?? 'other',
        highlighted: focus.size === 0 || focus.has(row.id),
        visible: shown.size === 0 || shown.has(row.id),
        groupStart: i > 0 && group(row) !== group(sorted[i - 1]),
      })),
      domain: [Math.min(...values), Math.max(...values)],
      unit,
      locale,
      axisUnit: text.axis,
      notes: text.notes,
    });
  };
}
