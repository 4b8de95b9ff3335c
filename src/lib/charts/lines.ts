// The shared layout of line charts (Nvidia's share price, net margins): series as paths in a plot whose
// x runs 0-100 (drawn stretched to any width) and y in px; labelled points; ticks on both axes.
// A step can reveal each series only up to a given x (the rest is clipped away and slides in later).
import { scaleLinear } from 'd3-scale';
import type { Locale, Unit } from '../format';
import { axisTicks, type Tick } from './axis';
import { dodge } from './dodge';
import type { Tone } from './row-bars';

export interface SeriesInput {
  id: string;
  label: string;
  tone: Tone;
  highlighted: boolean;
  /** Points in data units, sorted by x. */
  values: { x: number; y: number }[];
}

export interface PointInput {
  id: string;
  x: number;
  y: number;
  tone: Tone;
  /** First line, e.g. "$118.42". */
  label: string;
  /** Second line, e.g. "27 Jan, −16.97%". */
  sub?: string;
}

export interface SeriesMark {
  id: string;
  label: string;
  tone: Tone;
  highlighted: boolean;
  /** SVG path in plot units: x 0-100, y px. */
  path: string;
}

/** A point as drawn: x in % of the plot width and y in px, instead of data units. */
export interface PointMark extends PointInput {
  /** Text sits to the right of the point (start) or to its left (end). */
  anchor: 'start' | 'end';
  /** Vertical offset of the text from the point, px. */
  dy: number;
}

/** A value readers can point at: where it is (x % of the plot, y px) and what it says. */
export interface HoverPoint {
  x: number;
  y: number;
  label: string;
}

export interface LinesLayout {
  series: SeriesMark[];
  points: PointMark[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Series are drawn up to here (% of the plot width). */
  revealX: number;
  legend: { id: string; label: string; tone: Tone }[];
  plotTop: number;
  plotBottom: number;
  height: number;
  /** Every value of the revealed lines, for the pointer tooltip. */
  hover: HoverPoint[];
}

export interface LinesOptions {
  series: SeriesInput[];
  points: PointInput[];
  xDomain: [number, number];
  /** Data value up to which the series are drawn. */
  revealTo: number;
  /** x ticks as data values with their labels. */
  xTicks: { value: number; label: string }[];
  yUnit: Unit;
  locale: Locale;
  yTickCount?: number;
  /** Include zero on the y axis. */
  yZero?: boolean;
  /** How a value reads in the tooltip, e.g. "27 Jan: $118.42". */
  hoverLabel?: (seriesLabel: string, x: number, y: number) => string;
}

export const LINES_GEOMETRY = { plotTop: 16, plotHeight: 230, axisBelow: 22, labelGap: 32 } as const;

/** Point labels above their points (below near the top), spread apart so that none overlap. */
function placeLabels(points: (PointInput & { px: number; py: number })[], plotTop: number, plotBottom: number): PointMark[] {
  const wanted = points.map((p) => (p.py < plotTop + 34 ? p.py + 16 : p.py - 22));
  const placed = dodge(wanted, LINES_GEOMETRY.labelGap, plotTop + 4, plotBottom - 20);
  const round = (n: number) => Math.round(n * 100) / 100;
  return points.map((p, i) => ({
    id: p.id,
    x: round(p.px),
    y: round(p.py),
    tone: p.tone,
    label: p.label,
    sub: p.sub,
    anchor: p.px > 60 ? 'end' : 'start',
    dy: round(placed[i]! - p.py),
  }));
}

export function linesLayout(o: LinesOptions): LinesLayout {
  const { plotTop, plotHeight, axisBelow } = LINES_GEOMETRY;
  const plotBottom = plotTop + plotHeight;
  const ys = o.series.flatMap((s) => s.values.map((v) => v.y)).concat(o.points.map((p) => p.y));
  const y = scaleLinear()
    .domain([o.yZero ? Math.min(0, ...ys) : Math.min(...ys), o.yZero ? Math.max(0, ...ys) : Math.max(...ys)])
    .nice(o.yTickCount ?? 4)
    .range([plotBottom, plotTop]);
  const x = scaleLinear().domain(o.xDomain).range([0, 96]); // room on the right for the last point
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    series: o.series.map((s) => ({
      id: s.id,
      label: s.label,
      tone: s.tone,
      highlighted: s.highlighted,
      path: s.values.map((v, i) => `${i ? 'L' : 'M'}${round(x(v.x))},${round(y(v.y))}`).join(''),
    })),
    points: placeLabels(
      o.points.map((p) => ({ ...p, px: x(p.x), py: y(p.y) })),
      plotTop,
      plotBottom,
    ),
    xTicks: o.xTicks.map((t) => ({ value: t.value, at: round(x(t.value)), label: t.label })),
    yTicks: axisTicks(y, o.yTickCount ?? 4, o.yUnit, o.locale, { compact: true }),
    revealX: round(Math.min(100, Math.max(0, x(o.revealTo)))),
    legend: o.series.map((s) => ({ id: s.id, label: s.label, tone: s.tone })),
    hover: o.hoverLabel
      ? o.series.flatMap((s) =>
          s.values.filter((v) => v.x <= o.revealTo).map((v) => ({ x: round(x(v.x)), y: round(y(v.y)), label: o.hoverLabel!(s.label, v.x, v.y) })),
        )
      : [],
    plotTop,
    plotBottom,
    height: plotBottom + axisBelow,
  };
}
