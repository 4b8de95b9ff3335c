// Chart "value-lost": the market value each company lost on 27 January 2025, stacked one after another
// towards Reuters' count for all AI-exposed stocks (a reference line). A figure that corrects another is
// drawn as an outline (dashed where it is wide enough) where the figure it corrects starts.
import { chartLabeler, formatExact, type Figure } from '../display';
import { decimalsOf, type Locale } from '../format';
import { typeset } from '../typography';
import type { ChartText } from './notes';
import { rowBarsLayout, type RowBarsLayout, type RowItem, type RowTone } from './row-bars';

export const KINDS = ['reported', 'calculated', 'error', 'reference'] as const;

/** One row of content/data/value-lost.csv. */
export interface ValueLostRow {
  id: string;
  label_en: string;
  label_de: string;
  loss_usd_bn: number;
  /** reported or calculated: a segment; error: a wrong figure, drawn where the row it corrects starts;
   *  reference: a vertical line ("{value}" in its label is replaced by the value). */
  kind: (typeof KINDS)[number];
  /** For errors, the id of the row with the right figure. */
  corrects: string;
  /** Colour role (content's tone column); empty: red for a loss, grey for a wrong figure. */
  tone?: RowTone;
  source: string;
  decimals?: number;
}

export interface ValueLostState {
  /** Rows shown at this step (the reference line is always shown). */
  show: string[];
  /** Rows in colour; empty: all shown rows. */
  highlight: string[];
}

export function valueLostLayout(rows: readonly ValueLostRow[], state: ValueLostState, locale: Locale, text: ChartText = { notes: [] }): RowBarsLayout {
  const shown = new Set(state.show);
  const focus = new Set(state.highlight);
  const figure = (row: ValueLostRow): Figure => ({ value: row.loss_usd_bn, unit: 'usd-bn', decimals: row.decimals ?? decimalsOf(row.loss_usd_bn) });
  const money = chartLabeler(rows.filter((r) => r.kind !== 'reference').map(figure), locale);
  const label = (row: ValueLostRow) => typeset(locale === 'de' ? row.label_de : row.label_en);
  const starts = new Map<string, number>();
  let total = 0;
  const items: RowItem[] = [];
  for (const row of rows) {
    if (row.kind === 'reference') continue;
    const from = row.kind === 'error' ? (starts.get(row.corrects) ?? 0) : total;
    if (row.kind !== 'error') {
      starts.set(row.id, total);
      total += row.loss_usd_bn;
    }
    items.push({
      id: row.id,
      label: label(row),
      valueText: money(figure(row)),
      from,
      to: from + row.loss_usd_bn,
      tone: row.tone ?? (row.kind === 'error' ? 'other' : 'fall'),
      style: row.kind === 'error' ? 'ghost' : 'solid',
      highlighted: focus.size === 0 || focus.has(row.id),
      visible: shown.has(row.id),
    });
  }
  const references = rows.filter((r) => r.kind === 'reference');
  return rowBarsLayout({
    items,
    domain: [0, Math.max(total, ...references.map((r) => r.loss_usd_bn))],
    unit: 'usd-bn',
    locale,
    axisUnit: text.axis,
    notes: text.notes,
    allNotes: text.allNotes,
    compactNote: text.compactRows,
    // a reference line says "more than" itself, so its round figure is not marked as approximate
    refLines: references.map((r) => ({ id: r.id, value: r.loss_usd_bn, label: label(r).replace('{value}', formatExact(figure(r), locale, { compact: true })) })),
  });
}
