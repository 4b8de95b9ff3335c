// Chart "market-moves": the change on 27 January 2025 of shares and indexes as diverging row bars, the
// companies first (biggest fall on top), then the indexes.
import { chartLabeler } from '../display';
import { decimalsOf, type Locale } from '../format';
import type { ChartText } from './notes';
import { rowBarsLayout, type RowBarsLayout, type RowTone, type Tone } from './row-bars';

export const GROUPS = ['chips', 'europe', 'power', 'platforms', 'winners', 'index'] as const;
export type Group = (typeof GROUPS)[number];

/** One row of content/data/market-moves.csv. */
export interface MarketMoveRow {
  id: string;
  label_en: string;
  label_de: string;
  group: Group;
  /** Ticker, used to check calculated moves against the price data. */
  symbol: string;
  /** Close-to-close change on 27 January 2025, in per cent. */
  change_pct: number;
  /** Colour role (content's tone column); empty: by the sign of the change. */
  tone?: RowTone;
  source: string;
  /** Decimals the change was written with (-17.40 -> 2), so no precision is added or dropped. */
  decimals?: number;
}

/** What a step asks the chart to show. */
export interface MarketMoveState {
  /** Row ids drawn in colour; the others are muted. Empty: all in colour. */
  highlight: string[];
}

/** Companies first, biggest fall on top; the indexes below them, in the same order. */
export function orderRows(rows: readonly MarketMoveRow[]): MarketMoveRow[] {
  const byChange = (a: MarketMoveRow, b: MarketMoveRow) => a.change_pct - b.change_pct;
  const companies = rows.filter((r) => r.group !== 'index').sort(byChange);
  const indexes = rows.filter((r) => r.group === 'index').sort(byChange);
  return [...companies, ...indexes];
}

export function toneOf(row: MarketMoveRow): Tone {
  return row.tone ?? (row.change_pct < 0 ? 'fall' : 'rise');
}

export function marketMovesLayout(rows: readonly MarketMoveRow[], state: MarketMoveState, locale: Locale, text: ChartText = { notes: [] }): RowBarsLayout {
  const focus = new Set(state.highlight);
  const values = rows.map((r) => r.change_pct);
  const figure = (r: MarketMoveRow) => ({ value: r.change_pct, unit: 'pct-change' as const, decimals: r.decimals ?? decimalsOf(r.change_pct) });
  const label = chartLabeler(rows.map(figure), locale);
  return rowBarsLayout({
    items: orderRows(rows).map((row, i, ordered) => ({
      id: row.id,
      label: locale === 'de' ? row.label_de : row.label_en,
      valueText: label(figure(row)),
      to: row.change_pct,
      tone: toneOf(row),
      style: row.group === 'index' ? 'outline' : 'solid',
      highlighted: focus.size === 0 || focus.has(row.id),
      groupStart: row.group === 'index' && ordered[i - 1]?.group !== 'index',
    })),
    domain: [Math.min(...values), Math.max(...values)],
    unit: 'pct-change',
    locale,
    axisUnit: text.axis,
    notes: text.notes,
  });
}
