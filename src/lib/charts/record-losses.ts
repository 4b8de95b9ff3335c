// Chart "record-losses": the largest one-day losses of market value by single companies, largest on top.
// A step can hold back the rows after a date (they slide in at a later step) and highlight some rows.
import { chartLabeler, type Figure } from '../display';
import { decimalsOf, formatMonth, type Locale } from '../format';
import type { ChartText } from './notes';
import { rowBarsLayout, type RowBarsLayout, type RowTone } from './row-bars';

/** One row of content/data/record-losses.csv. */
export interface RecordLossRow {
  id: string;
  company: string;
  label_en: string;
  label_de: string;
  /** The trading day, YYYY-MM-DD. */
  date: string;
  loss_usd_bn: number;
  /** Colour role (content's tone column); empty: grey. */
  tone?: RowTone;
  source: string;
  decimals?: number;
}

export interface RecordLossState {
  /** Row ids in colour; empty: all. */
  highlight: string[];
  /** Rows after this day are not shown yet; empty: all rows. */
  until: string;
}

export function recordLossesLayout(rows: readonly RecordLossRow[], state: RecordLossState, locale: Locale, text: ChartText = { notes: [] }): RowBarsLayout {
  const focus = new Set(state.highlight);
  const sorted = [...rows].sort((a, b) => b.loss_usd_bn - a.loss_usd_bn);
  const figure = (r: RecordLossRow): Figure => ({ value: r.loss_usd_bn, unit: 'usd-bn', decimals: r.decimals ?? decimalsOf(r.loss_usd_bn) });
  const money = chartLabeler(rows.map(figure), locale);
  return rowBarsLayout({
    items: sorted.map((row) => ({
      id: row.id,
      label: `${locale === 'de' ? row.label_de : row.label_en}, ${formatMonth(row.date, locale)}`,
      valueText: money(figure(row)),
      to: row.loss_usd_bn,
      tone: row.tone ?? 'other',
      highlighted: focus.size === 0 || focus.has(row.id),
      visible: !state.until || row.date <= state.until,
    })),
    domain: [0, Math.max(...rows.map((r) => r.loss_usd_bn))],
    unit: 'usd-bn',
    locale,
    axisUnit: text.axis,
    notes: text.notes,
  });
}
