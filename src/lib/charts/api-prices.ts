// Chart "api-prices": list prices per million tokens of DeepSeek R1 and OpenAI o1, input and output.
import { chartLabeler, type Figure } from '../display';
import { decimalsOf, type Locale } from '../format';
import type { ChartText } from './notes';
import { rowBarsLayout, type RowBarsLayout } from './row-bars';

/** One row of content/data/api-prices.csv. */
export interface ApiPriceRow {
  id: string;
  /** r1 (DeepSeek) or another model. */
  model: string;
  label_en: string;
  label_de: string;
  /** input or output tokens. */
  kind: string;
  price_usd: number;
  source: string;
  decimals?: number;
}

export interface ApiPriceState {
  /** Row ids in colour; empty: all. */
  highlight: string[];
}

export function apiPricesLayout(rows: readonly ApiPriceRow[], state: ApiPriceState, locale: Locale, text: ChartText = { notes: [] }): RowBarsLayout {
  const focus = new Set(state.highlight);
  const figure = (r: ApiPriceRow): Figure => ({ value: r.price_usd, unit: 'usd', decimals: r.decimals ?? decimalsOf(r.price_usd) });
  const money = chartLabeler(rows.map(figure), locale);
  return rowBarsLayout({
    items: rows.map((row, i) => ({
      id: row.id,
      label: locale === 'de' ? row.label_de : row.label_en,
      valueText: money(figure(row)),
      to: row.price_usd,
      tone: row.model === 'r1' ? 'deepseek' : 'other',
      highlighted: focus.size === 0 || focus.has(row.id),
      groupStart: i > 0 && rows[i - 1]!.kind !== row.kind,
    })),
    domain: [0, Math.max(...rows.map((r) => r.price_usd))],
    unit: 'usd',
    locale,
    axisUnit: text.axis,
    notes: text.notes,
  });
}
