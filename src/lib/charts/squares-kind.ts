// The chart kind "squares", drawn from a CSV as its YAML describes it (kind: squares): amounts as nested
// squares whose areas are proportional to the value column, sharing their bottom-left corner. Each row is a
// square named by label_en / label_de, coloured by its tone column (empty: grey); a row with a value in the
// YAML's lowColumn is a range, drawn at its high end with its low end marked. Each step shows some rows
// (show) and zooms so the largest shown fills the frame, so a tiny amount shrinks to a speck as larger ones
// appear; a DeepSeek-toned speck keeps its colour out of focus and shows again, enlarged, in an inset
// (squares.ts), captioned by the chart's first note.
import { z } from 'astro/zod';
import { chartLabeler, type Figure } from '../display';
import { decimalsOf, type Locale, type Unit } from '../format';
import { idListAttr, numberCell, optionalNumberCell, textCell, toneCell } from './cells';
import type { ChartText } from './notes';
import { shownTone, type RowTone } from './row-bars';
import type { SquaresLayout } from './squares';
import { ui } from '../../i18n/ui';

/** A row as the chart reads it. */
export interface SquaresRow {
  id: string;
  source: string;
  label_en: string;
  label_de: string;
  tone?: RowTone;
  /** The value column and the low column, by their names in the YAML; other columns as written. */
  [column: string]: unknown;
}

export interface SquaresState {
  /** Rows shown at this step. */
  show: string[];
  /** Rows in colour; empty: all shown rows. */
  highlight: string[];
}

export const squaresState = z.strictObject({ show: idListAttr, highlight: idListAttr }) satisfies z.ZodType<SquaresState, unknown>;

/** How a CSV row of this chart is read: the value column a number, the low column a number or empty. */
export function squaresRow(valueColumn: string, lowColumn: string | undefined): z.ZodType<SquaresRow, unknown> {
  return z
    .object({ id: textCell, source: textCell, label_en: textCell, label_de: textCell, tone: toneCell })
    .catchall(z.string())
    .transform((row, ctx) => {
      const out: Record<string, unknown> = { ...row };
      for (const [column, schema] of [[valueColumn, numberCell], ...(lowColumn ? [[lowColumn, optionalNumberCell] as const] : [])] as const) {
        const cell = schema.safeParse(row[column] ?? '');
        if (cell.success) out[column] = cell.data;
        else for (const issue of cell.error.issues) ctx.addIssue({ code: 'custom', path: [column], message: issue.message });
      }
      return out as SquaresRow;
    });
}

export function squaresLayout(valueColumn: string, lowColumn: string | undefined, unit: Unit) {
  return (rows: readonly SquaresRow[], state: SquaresState, locale: Locale, text: ChartText = { notes: [] }): SquaresLayout => {
    const value = (r: SquaresRow) => r[valueColumn] as number;
    const lowOf = (r: SquaresRow) => (lowColumn ? (r[lowColumn] as number | undefined) : undefined);
    const shown = new Set(state.show);
    const focus = new Set(state.highlight);
    const biggest = Math.max(...rows.filter((r) => shown.has(r.id)).map(value), 1);
    const sideOf = (v: number) => Math.sqrt(v / biggest);
    const sorted = [...rows].sort((a, b) => value(b) - value(a));
    const figure = (r: SquaresRow): Figure => ({ value: value(r), unit, decimals: decimalsOf(value(r)) });
    const label = chartLabeler(rows.map(figure), locale);
    const r4 = (n: number) => Math.round(n * 100000) / 100000;
    return {
      insetLabel: text.notes[0]?.text ?? ui(locale).insetEnlarged,
      squares: sorted.map((r) => {
        const isShown = shown.has(r.id);
        const low = lowOf(r);
        const range = low !== undefined && low > 0;
        const lit = isShown && (focus.size === 0 || focus.has(r.id));
        return {
          id: r.id,
          label: locale === 'de' ? r.label_de : r.label_en,
          valueText: label(figure(r), range ? { low } : {}),
          // a DeepSeek-toned square keeps its colour out of focus: the speck must stay findable
          tone: shownTone(r.tone ?? 'other', lit, ['deepseek']),
          visible: isShown,
          highlighted: lit,
          side: isShown ? r4(sideOf(value(r))) : 0,
          lowSide: range && isShown ? r4(sideOf(low)) : undefined,
        };
      }),
    };
  };
}
