// Chart "market-moves": the change on 27 January 2025 of shares and indexes as horizontal diverging bars.
// Data + step state -> rows, bars and ticks to draw. Horizontal positions are percentages of the bar area,
// so the same layout draws at any width, on the server and in the browser.
import { scaleLinear } from 'd3-scale';
import { formatValue, type Locale } from '../format';
import { axisTicks, type Tick } from './axis';

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
  source: string;
  /** Decimals the change was written with (-17.40 -> 2), so no precision is added or dropped. */
  decimals?: number;
}

/** What a step of the section asks the chart to show. */
export interface MarketMoveState {
  /** Row ids drawn in full colour; the others are muted. Empty: all in colour. */
  highlight: string[];
}

export type BarTone = 'nvidia' | 'fall' | 'rise' | 'muted';

export interface MarketMoveBar {
  id: string;
  label: string;
  valueText: string;
  isIndex: boolean;
  highlighted: boolean;
  tone: BarTone;
  /** Top of the row in px. */
  y: number;
  /** Left edge and width of the bar, in % of the bar area. */
  x: number;
  width: number;
}

export interface MarketMovesLayout {
  bars: MarketMoveBar[];
  ticks: Tick[];
  zeroX: number;
  /** y of the gap between companies and indexes. */
  indexDividerY: number;
  height: number;
  rowHeight: number;
  barHeight: number;
  axisHeight: number;
}

export const MARKET_MOVES_GEOMETRY = { rowHeight: 22, barHeight: 14, axisHeight: 24, groupGap: 14 } as const;

/** Companies first, biggest fall on top; the indexes below them, in the same order. */
export function orderRows(rows: readonly MarketMoveRow[]): MarketMoveRow[] {
  const byChange = (a: MarketMoveRow, b: MarketMoveRow) => a.change_pct - b.change_pct;
  const companies = rows.filter((r) => r.group !== 'index').sort(byChange);
  const indexes = rows.filter((r) => r.group === 'index').sort(byChange);
  return [...companies, ...indexes];
}

export function toneOf(row: MarketMoveRow, highlighted: boolean): BarTone {
  if (!highlighted) return 'muted';
  if (row.id === 'NVDA') return 'nvidia';
  return row.change_pct < 0 ? 'fall' : 'rise';
}

export function marketMovesLayout(
  rows: readonly MarketMoveRow[],
  state: MarketMoveState,
  locale: Locale,
): MarketMovesLayout {
  const { rowHeight, barHeight, axisHeight, groupGap } = MARKET_MOVES_GEOMETRY;
  const values = rows.map((r) => r.change_pct);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice(4)
    .range([0, 100]);
  const focus = new Set(state.highlight);
  let y = axisHeight;
  let indexDividerY = 0;
  const bars = orderRows(rows).map((row, i, ordered) => {
    if (row.group === 'index' && i > 0 && ordered[i - 1]!.group !== 'index') {
      indexDividerY = y + groupGap / 2;
      y += groupGap;
    }
    const highlighted = focus.size === 0 || focus.has(row.id);
    const a = x(0);
    const b = x(row.change_pct);
    const bar: MarketMoveBar = {
      id: row.id,
      label: locale === 'de' ? row.label_de : row.label_en,
      valueText: formatValue(row.change_pct, 'pct-change', locale, { decimals: row.decimals }),
      isIndex: row.group === 'index',
      highlighted,
      tone: toneOf(row, highlighted),
      y,
      x: Math.min(a, b),
      width: Math.abs(b - a),
    };
    y += rowHeight;
    return bar;
  });
  const ticks = axisTicks(x, 4, 'pct-change', locale);
  return { bars, ticks, zeroX: x(0), indexDividerY, height: y + 4, rowHeight, barHeight, axisHeight };
}
