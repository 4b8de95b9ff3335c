// Ticks for a linear value axis, shared by every chart: positions in % of the plot and printed labels.
import type { ScaleLinear } from 'd3-scale';
import { formatValue, type Locale, type Unit } from '../format';

export interface Tick {
  /** Position in % of the plot extent. */
  x: number;
  label: string;
}

export function axisTicks(scale: ScaleLinear<number, number>, count: number, unit: Unit, locale: Locale): Tick[] {
  return scale.ticks(count).map((t) => ({ x: scale(t), label: formatValue(t, unit, locale, { decimals: 0 }) }));
}
