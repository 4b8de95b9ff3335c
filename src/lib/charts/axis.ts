// Ticks for a linear value axis, shared by every chart: positions in % of the plot and printed labels,
// with as many decimals as the tick step needs (so 0.5-point ticks never print the same label twice); and,
// for a chart of a given size, the ticks whose labels fit side by side (on an axis of days, with the years that
// the months kept need).
import { precisionFixed } from 'd3-format';
import { tickStep } from 'd3-array';
import type { ScaleLinear } from 'd3-scale';
import { formatNumber, formatValue, type FormatOptions, type Locale, type Unit } from '../format';
import { round, textWidth, TYPE } from './text';

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

/** A tick placed along an axis, px, its label set from, around or up to its place. */
export interface PlacedTick {
  value: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
  /** A month's year, on a line of its own under the month's name, where the axis stacks them. */
  year?: string;
}

/** The ticks whose labels fit side by side on an axis from `left` to `right` (px); a label that would reach
 *  beyond an end of the axis is set from that end inwards. Every tick where they fit, else every second,
 *  third ... so that the ticks kept stay evenly spaced, counted from zero (so that zero stays among them; from
 *  the first tick where zero is not on the axis). A tick named in words, a month on an axis of days (its value
 *  in ms), also names its year at the first tick kept and wherever the one kept before it is of another year:
 *  beside the month ("Dec 2024 · Jan 2025 · Feb") or, where that leaves too little room, on a line under it
 *  ("Dec / 2024 · Jan / 2025 · Feb · Mar", as newsrooms stack them: on a phone the years beside the months had
 *  kept every second month, and "Feb 2025" stood beside 27 January's line); whichever are dropped for room,
 *  the year of every month shown can be read. */
export function fitTicks(ticks: readonly Tick[], px: (at: number) => number, left: number, right: number): PlacedTick[] {
  const place = (t: Tick, under?: string) => {
    const x = px(t.at);
    const w = Math.max(textWidth(t.label, TYPE.tick), under ? textWidth(under, TYPE.tick) : 0);
    const anchor = x - w / 2 < left - 4 ? 'start' : x + w / 2 > right + 4 ? 'end' : 'middle';
    const from = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { tick: { value: t.value, x: round(x), label: t.label, anchor, year: under } as const, from, to: from + w };
  };
  const year = (t: Tick) => new Date(t.value).getUTCFullYear();
  const from = Math.max(0, ticks.findIndex((t) => t.value === 0));
  // (one tick alone always fits)
  for (let every = 1; ; every++) {
    const kept = ticks.filter((_, i) => (i - from) % every === 0);
    // the year each names, if any; tried beside the month, then, where a year is named, under it
    const years = kept.map((t, i) => !/\d/.test(t.label) && (!i || year(t) !== year(kept[i - 1]!)) && String(year(t)));
    for (const stacked of years.some(Boolean) ? [0, 1] : [0]) {
      const placed = kept.map((t, i) => {
        const named = years[i];
        return named ? (stacked ? place(t, named) : place({ ...t, label: `${t.label} ${named}` })) : place(t);
      });
      if (placed.every((p, i) => !i || placed[i - 1]!.to + 10 <= p.from)) return placed.map((p) => p.tick);
    }
  }
}
