// The newsroom number style: how a figure reads in prose and in charts, without touching its value.
// - A figure is shown in the unit that reads best: 5,576,000 dollars reads "$5.6m", 1,000 billion "$1tn".
// - Prose shows at most one decimal (money in that unit, per cent, ratios, counts); dollar prices below a
//   million keep their cents ("$118.42"). A fact may lower this in facts.yaml (display: { decimals: 0 }),
//   and a citation may ask for every digit (:fact[id]{exact}), e.g. to show a calculation.
// - A chart shows one precision for all its values: the most any of them shows under the same rule. A value
//   its source gave with fewer digits is marked as approximate ("≈$80bn").
// - The data, tables and CSV downloads keep every digit.
// Pure functions; formatFigure is the one place a figure becomes text.
import { decimalsOf, formatNumber, formatRange, formatValue, type Locale, type Unit } from './format';

/** A value as written in the content: its unit and the digits after the point it was written with. */
export interface Figure {
  value: number;
  unit: Unit;
  decimals: number;
}

/** Larger units a figure moves up to once it reaches them, biggest first. */
const SCALES: Partial<Record<Unit, readonly (readonly [Unit, number])[]>> = {
  usd: [['usd-tn', 1e12], ['usd-bn', 1e9], ['usd-m', 1e6]],
  'usd-m': [['usd-tn', 1e6], ['usd-bn', 1e3]],
  'usd-bn': [['usd-tn', 1e3]],
  count: [['count-bn', 1e9], ['count-m', 1e6]],
  'count-m': [['count-bn', 1e3]],
};

/** The figure in the unit that reads best, with the digits it was written with carried over: 5576000 usd -> 5.576 usd-m. */
export function scaleFigure(f: Figure): Figure {
  const step = SCALES[f.unit]?.find(([, size]) => Math.abs(f.value) >= size);
  if (!step) return f;
  const value = Number((f.value / step[1]).toPrecision(15));
  return { value, unit: step[0], decimals: Math.max(decimalsOf(value), f.decimals - Math.log10(step[1])) };
}

/** The most digits after the point a figure shows in prose or a chart label. */
export function maxDecimals(unit: Unit): number {
  return unit === 'usd' ? 2 : 1;
}

/** Digits a figure shows in prose: at most the unit's maximum, or fewer if the fact says so. */
export function proseDecimals(f: Figure, override?: number): number {
  const scaled = scaleFigure(f);
  return Math.min(scaled.decimals, override ?? maxDecimals(scaled.unit));
}

/** True when rounding to `decimals` depends on digits the data does not hold: what is dropped is exactly a 5
 *  (9.15 could be 9.148 or 9.152, so "9.1" and "9.2" are both possible). */
export function roundsAmbiguously(f: Figure, decimals: number): boolean {
  const scaled = scaleFigure(f);
  if (scaled.decimals <= decimals) return false;
  const dropped = Math.abs(scaled.value).toFixed(scaled.decimals).split('.')[1]!.slice(decimals);
  return /^50*$/.test(dropped);
}

export interface FigureOptions {
  /** Digits after the point, in the unit the figure is shown in. */
  decimals: number;
  /** The magnitude only ("fell 17.0%"). */
  abs?: boolean;
  /** The number alone, without sign or unit ("20 to 50 times"). */
  bare?: boolean;
  /** Short money units (German charts: "Mrd. $"). */
  compact?: boolean;
  /** Marked as approximate: "≈$80bn". */
  approx?: boolean;
  /** The low end of a range in the same unit as the figure ("$60–65bn"). */
  low?: number;
}

/** A figure as text, scaled to the unit that reads best. */
export function formatFigure(f: Figure, locale: Locale, options: FigureOptions): string {
  const scaled = scaleFigure(f);
  const factor = scaled.value === 0 ? 1 : f.value / scaled.value;
  const { decimals } = options;
  const text = options.bare
    ? formatNumber(Math.abs(scaled.value), locale, decimals)
    : options.low !== undefined
      ? formatRange(options.low / factor, scaled.value, scaled.unit, locale, { decimals, compact: options.compact })
      : formatValue(scaled.value, scaled.unit, locale, { decimals, abs: options.abs, compact: options.compact });
  return options.approx ? `\u2248${text}` : text;
}

/** A figure in prose. */
export function formatProse(f: Figure, locale: Locale, options: { override?: number; exact?: boolean; abs?: boolean; bare?: boolean; compact?: boolean } = {}): string {
  const decimals = options.exact ? scaleFigure(f).decimals : proseDecimals(f, options.override);
  return formatFigure(f, locale, { decimals, abs: options.abs, bare: options.bare, compact: options.compact });
}

/** A figure at full precision, for tables. */
export function formatExact(f: Figure, locale: Locale, options: Pick<FigureOptions, 'low' | 'compact'> = {}): string {
  return formatFigure(f, locale, { ...options, decimals: scaleFigure(f).decimals });
}

/** One precision for every label of a chart: the most digits any of its values shows (at most the unit's maximum). */
export function chartDecimals(figures: readonly Figure[]): number {
  return Math.max(0, ...figures.map((f) => proseDecimals(f)));
}

/** Labels a chart's values at the chart's precision; a value written with fewer digits is marked as approximate. */
export function chartLabeler(figures: readonly Figure[], locale: Locale): (f: Figure, options?: Pick<FigureOptions, 'low' | 'abs' | 'bare'>) => string {
  const precision = chartDecimals(figures);
  return (f, options = {}) => {
    const own = scaleFigure(f).decimals;
    const approx = own < precision;
    return formatFigure(f, locale, { ...options, compact: true, decimals: approx ? own : precision, approx });
  };
}

/** How many base units (dollars, single items, per cent points) one unit is. */
const FACTOR: Record<Unit, number> = {
  usd: 1,
  'usd-m': 1e6,
  'usd-bn': 1e9,
  'usd-tn': 1e12,
  count: 1,
  'count-m': 1e6,
  'count-bn': 1e9,
  pct: 1,
  'pct-change': 1,
  multiple: 1,
};

/** A value in base units: 592.7 usd-bn -> 592,700,000,000 dollars. */
export function baseValue(value: number, unit: Unit): number {
  return value * FACTOR[unit];
}

/** Units that measure the same kind of thing, so their values can be compared. */
export function sameKind(a: Unit, b: Unit): boolean {
  const kind = (u: Unit) => (u.startsWith('usd') ? 'usd' : u.startsWith('count') ? 'count' : u.startsWith('pct') ? 'pct' : u);
  return kind(a) === kind(b);
}
