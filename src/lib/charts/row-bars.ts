// The shared layout of every "row" chart (market moves, record losses, value lost, API prices): one row per
// item with its name on the left, a bar in the middle and its value on the right. Bars are placed in % of
// the bar area, rows in px, so one layout draws at any width, on the server and in the browser.
import { scaleLinear } from 'd3-scale';
import type { Locale, Unit } from '../format';
import { axisTicks, type Tick } from './axis';

/** Colour roles shared by all charts (CSS tokens --c-<tone>); Nvidia keeps its own everywhere. */
export type Tone = 'nvidia' | 'nvidia-muted' | 'fall' | 'rise' | 'deepseek' | 'other' | 'alt' | 'muted';

export interface RowItem {
  id: string;
  label: string;
  valueText: string;
  /** Where the bar starts and ends, in data units (start defaults to 0). */
  from?: number;
  to: number;
  tone: Tone;
  /** outline: an index or a reference; ghost: a figure shown only to be corrected. */
  style?: 'solid' | 'outline' | 'ghost';
  highlighted: boolean;
  /** Rows hidden at this step keep their place at the bottom, invisible, so they can slide in. */
  visible?: boolean;
  /** Starts a new group: a gap and a dotted divider above the row. */
  groupStart?: boolean;
}

export interface RowMark extends Required<Omit<RowItem, 'from' | 'to' | 'groupStart'>> {
  /** Top of the row, px. */
  y: number;
  /** Left edge and width of the bar, % of the bar area. */
  x: number;
  width: number;
}

export interface RowBarsLayout {
  rows: RowMark[];
  ticks: Tick[];
  /** Zero, % of the bar area, when the domain spans it. */
  zeroX?: number;
  /** Dotted lines between groups, px. */
  dividers: number[];
  /** Vertical reference lines, % of the bar area, with their label. */
  refLines: { id: string; x: number; label: string }[];
  /** Columns, % of the chart width: names | bars | values. */
  columns: { label: number; plot: number };
  plotBottom: number;
  height: number;
  rowHeight: number;
  barHeight: number;
  axisHeight: number;
}

export const ROW_GEOMETRY = { rowHeight: 20, barHeight: 13, axisHeight: 24, groupGap: 12 } as const;

export interface RowBarsOptions {
  items: RowItem[];
  /** The data extent to show; widened to include zero and rounded to nice ticks. */
  domain: [number, number];
  unit: Unit;
  locale: Locale;
  tickCount?: number;
  refLines?: { id: string; value: number; label: string }[];
  /** Money axes: bare numbers on the ticks; every bar's value carries its unit. */
  moneyTicks?: boolean;
}

/** Text width per character at the charts' type size (bold, as highlighted rows are), and the narrowest
 *  chart we design for (px). */
const CHAR_PX = { label: 7.4, value: 7.6 };
const NARROW_PX = 340;
/** Room each tick label needs on that narrowest chart (px). */
const TICK_PX = 56;

/** Columns wide enough for the longest name and value at phone width, the rest for the bars. */
export function columnsFor(labels: string[], values: string[]): { label: number; plot: number } {
  const widest = (texts: string[]) => Math.max(0, ...texts.map((t) => t.length));
  const pct = (chars: number, px: number) => Math.ceil(((chars * px) / NARROW_PX) * 100);
  const label = Math.min(46, Math.max(22, pct(widest(labels), CHAR_PX.label) + 2));
  const value = Math.min(30, Math.max(12, pct(widest(values), CHAR_PX.value) + 2));
  return { label, plot: 100 - label - value };
}

export function rowBarsLayout(options: RowBarsOptions): RowBarsLayout {
  const { rowHeight, barHeight, axisHeight, groupGap } = ROW_GEOMETRY;
  const columns = columnsFor(
    options.items.map((i) => i.label),
    options.items.map((i) => i.valueText),
  );
  // as many ticks as fit the bar area of the narrowest chart
  const tickCount = options.tickCount ?? Math.max(1, Math.floor(((columns.plot / 100) * NARROW_PX) / TICK_PX));
  const x = scaleLinear()
    .domain([Math.min(0, options.domain[0]), Math.max(0, options.domain[1])])
    .nice(4)
    .range([0, 100]);
  const ordered = [...options.items.filter((i) => i.visible !== false), ...options.items.filter((i) => i.visible === false)];
  const dividers: number[] = [];
  let y = axisHeight;
  const rows = ordered.map((item, i): RowMark => {
    if (item.groupStart && i > 0 && item.visible !== false) {
      dividers.push(y + groupGap / 2);
      y += groupGap;
    }
    const a = x(item.from ?? 0);
    const b = x(item.to);
    const mark: RowMark = {
      id: item.id,
      label: item.label,
      valueText: item.valueText,
      // Nvidia keeps its colour even when another row is in focus, only paler
      tone: item.highlighted ? item.tone : item.tone === 'nvidia' ? 'nvidia-muted' : 'muted',
      style: item.style ?? 'solid',
      highlighted: item.highlighted,
      visible: item.visible !== false,
      y,
      x: Math.min(a, b),
      width: Math.abs(b - a),
    };
    if (mark.visible) y += rowHeight;
    return mark;
  });
  const [d0, d1] = x.domain() as [number, number];
  return {
    rows,
    ticks: axisTicks(x, tickCount, options.unit, options.locale, { bare: options.moneyTicks }),
    zeroX: d0 < 0 && d1 > 0 ? x(0) : undefined,
    dividers,
    refLines: (options.refLines ?? []).map((r) => ({ id: r.id, x: x(r.value), label: r.label })),
    columns,
    /** Bottom of the bars, px; below it sit the labels of reference lines. */
    plotBottom: y + 4,
    height: y + 4 + (options.refLines?.length ? 24 : 0),
    rowHeight,
    barHeight,
    axisHeight,
  };
}
