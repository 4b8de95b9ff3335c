// Ticks for a linear value axis, shared by every chart: positions in % of the plot and printed labels,
// with as many decimals as the tick step needs (so 0.5-point ticks never print the same label twice).
import { precisionFixed } from 'd3-format';
import { tickStep } from 'd3-array';
import type { ScaleLinear } from 'd3-scale';
import { formatNumber, formatValue, type FormatOptions, type Locale, type Unit } from '../format';

export interface Tick {
  /** The tick's value, a stable key. */
  value: number;
  /** Position in % of the plot extent (x axes) or px (y axes), as the scale's range says. */
  at: number;
  label: string;
}

export interface AxisOptions extends Pick<FormatOptions, 'compact'> {
  /** Print bare numbers ("0, 200, 400"), where the values beside the axis carry the unit. */
  bare?: boolean;
}

export function axisTicks(scale: ScaleLinear<number, number>, count: number, unit: Unit, locale: Locale, options: AxisOptions = {}): Tick[] {
  const [a, b] = scale.domain() as [number, number];
  const decimals = precisionFixed(Math.abs(tickStep(a, b, count)));
  return scale.ticks(count).map((value) => ({
    value,
    at: scale(value),
    label:
      options.bare || (value === 0 && unit !== 'pct' && unit !== 'pct-change')
        ? formatNumber(value, locale, decimals)
        : formatValue(value, unit, locale, { decimals, compact: options.compact }),
  }));
}
