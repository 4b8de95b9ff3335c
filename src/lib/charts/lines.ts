// The shared layout of line charts (Nvidia's share price, net margins), in two stages. linesLayout (build
// time, per step and language) turns data into series, marked points, ticks and notes with positions as
// fractions of the plot; fitLines (build time and browser, per size) places them in px: value ticks in a
// gutter left of the plot (never under a line), date ticks that fit, names at the ends of the lines instead
// of a legend, point labels where they touch no line and no other text, notes as dated rules labelled at
// the top. A step can reveal each series only up to a given x.
import { scaleLinear } from 'd3-scale';
import type { Locale, Unit } from '../format';
import { axisTicks, fitTicks, type PlacedTick, type Tick } from './axis';
import { dodge } from './dodge';
import type { ChartNote } from './notes';
import type { Tone } from './row-bars';
import { apart, inBox, segmentHitsBox, segmentsCross, type Point } from './segments';
import { overlaps, round, textBox, textWidth, TYPE, wrapText, LEADING, type Box } from './text';

export interface SeriesInput {
  id: string;
  label: string;
  tone: Tone;
  highlighted: boolean;
  /** Points in data units, sorted by x. */
  values: { x: number; y: number }[];
}

export interface PointInput {
  /** The row id of the marked value. */
  id: string;
  x: number;
  y: number;
  tone: Tone;
  /** First line, e.g. "$118.42". */
  label: string;
  /** Second line, e.g. "Mon 27 Jan, −17.0%". */
  sub?: string;
  /** The fact that reads this value (facts.yaml `from:`), whose receipt its label opens. */
  fact?: string;
}

/** A series as the step draws it: its points as fractions of the plot (x from the left, y from the bottom). */
export interface SeriesMark {
  id: string;
  label: string;
  tone: Tone;
  highlighted: boolean;
  points: [number, number][];
}

export interface PointMark extends Omit<PointInput, 'x' | 'y'> {
  x: number;
  y: number;
}

/** A value readers can point at: where it is (fractions of the plot) and what it says. */
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
  /** The unit of the value axis ("$ per share"), printed above its ticks. */
  yUnit?: string;
  /** Series are drawn up to here (fraction of the plot width). */
  reveal: number;
  /** Name the lines at their ends (instead of a legend). */
  endLabels: boolean;
  /** Dated notes: a rule at x with a label at the top of the plot. */
  notes: { id: string; x: number; text: string }[];
  /** The notes of every step, for whose labels the band at the top of the plot keeps room at each step, so
   *  that the plot keeps its place and scale as a note comes in. */
  band: { x: number; text: string }[];
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
  /** The unit of the value axis, from the chart's YAML. */
  axis?: string;
  yTickCount?: number;
  /** Include zero on the y axis. */
  yZero?: boolean;
  endLabels?: boolean;
  /** Notes and the x of the rows they point at. */
  notes?: ChartNote[];
  /** The notes of every step (the band at the top keeps room for them all); the step's own if not given. */
  allNotes?: ChartNote[];
  noteX?: (rowId: string) => number | undefined;
  /** How a value reads in the tooltip, e.g. "27 Jan: $118.42". */
  hoverLabel?: (seriesLabel: string, x: number, y: number) => string;
}

const r4 = (n: number) => Math.round(n * 10000) / 10000;

export function linesLayout(o: LinesOptions): LinesLayout {
  const ys = o.series.flatMap((s) => s.values.map((v) => v.y)).concat(o.points.map((p) => p.y));
  const y = scaleLinear()
    .domain([o.yZero ? Math.min(0, ...ys) : Math.min(...ys), o.yZero ? Math.max(0, ...ys) : Math.max(...ys)])
    .nice(o.yTickCount ?? 4)
    .range([0, 1]);
  const x = scaleLinear().domain(o.xDomain).range([0, 1]);
  const reveal = Math.min(1, Math.max(0, x(o.revealTo)));
  return {
    series: o.series.map((s) => ({
      id: s.id,
      label: s.label,
      tone: s.tone,
      highlighted: s.highlighted,
      points: s.values.map((v) => [r4(x(v.x)), r4(y(v.y))]),
    })),
    points: o.points.map((p) => ({ ...p, x: r4(x(p.x)), y: r4(y(p.y)) })),
    xTicks: o.xTicks.map((t) => ({ value: t.value, at: r4(x(t.value)), label: t.label })),
    yTicks: axisTicks(y, o.yTickCount ?? 4, o.yUnit, o.locale, { compact: true, bare: o.axis !== undefined }).map((t) => ({ ...t, at: r4(t.at) })),
    yUnit: o.axis,
    reveal: r4(reveal),
    endLabels: o.endLabels ?? false,
    notes: (o.notes ?? []).flatMap((n) => {
      const at = o.noteX?.(n.row);
      return at === undefined || x(at) > reveal + 1e-9 ? [] : [{ id: n.id, x: r4(x(at)), text: n.text }];
    }),
    band: (o.allNotes ?? o.notes ?? []).flatMap((n) => {
      const at = o.noteX?.(n.row);
      return at === undefined ? [] : [{ x: r4(x(at)), text: n.text }];
    }),
    hover: o.hoverLabel
      ? o.series.flatMap((s) => s.values.filter((v) => v.x <= o.revealTo).map((v) => ({ x: r4(x(v.x)), y: r4(y(v.y)), label: o.hoverLabel!(s.label, v.x, v.y) })))
      : [],
  };
}

export interface LinesDrawing {
  width: number;
  height: number;
  plot: Box;
  series: (SeriesMark & { path: string; end?: { labelX: number; labelY: number } })[];
  revealX: number;
  xTicks: PlacedTick[];
  yTicks: { value: number; y: number; label: string }[];
  yUnit?: { x: number; y: number; text: string };
  /** (knock: where the label crosses a note's rule, on a small phone, the box it clears of the rule) */
  points: (PointMark & { px: number; py: number; labelX: number; labelY: number; anchor: 'start' | 'end'; leader?: { x: number; y: number; toX: number; toY: number }; knock?: Box })[];
  notes: { id: string; x: number; top: number; bottom: number; lines: string[]; labelX: number; labelY: number; anchor: 'start' | 'end' }[];
  hover: { x: number; y: number; label: string }[];
}

/** Places a step's lines in a box of the given size. */
export function fitLines(layout: LinesLayout, size: { width: number; height: number }): LinesDrawing {
  const { width, height } = size;
  const gutter = Math.max(0, ...layout.yTicks.map((t) => textWidth(t.label, TYPE.tick))) + 8;
  const endWidth = layout.endLabels ? Math.max(0, ...layout.series.map((s) => textWidth(s.label, TYPE.label, true))) + 10 : 0;
  // notes are labelled in a band at the top of the plot
  // a note is wrapped to the room on the wider side of its date
  const noteRoom = (f: number) => Math.max(90, Math.max(width - (gutter + f * (width - gutter - endWidth - 12)), gutter + f * (width - gutter - endWidth - 12)) - 8);
  const wrapNote = (n: LinesLayout['band'][number]) => wrapText(n.text, Math.min(noteRoom(n.x), Math.max(120, width * 0.45)), TYPE.note, true);
  const noteLines = layout.notes.map(wrapNote);
  // (as high as the notes of every step need: the plot stays where it is as a note comes in)
  const noteBand = Math.max(0, ...layout.band.map((n) => wrapNote(n).length * TYPE.note * LEADING + 8));
  const top = (layout.yUnit ? TYPE.tick + 16 : 8) + noteBand;
  // a note's label at the top, on the side of its rule with room, kept inside the drawing (even where that
  // means leaving a little gap to the rule)
  const noteLabel = (x: number, lines: string[], labelY: number) => {
    const w = Math.max(...lines.map((l) => textWidth(l, TYPE.note, true)));
    const anchor: 'start' | 'end' = x + 6 + w <= width || width - x > x ? 'start' : 'end';
    const labelX = anchor === 'start' ? Math.min(x + 6, width - w) : Math.max(x - 6, w);
    return { labelX, labelY, anchor, box: textBox(lines, labelX, labelY, TYPE.note, anchor, true) };
  };
  const plotWidth = Math.max(40, width - gutter - endWidth - 12);
  const px = (f: number) => gutter + f * plotWidth;
  // the x axis's labels, which take a line more below the plot where they stack a year under its month
  const xTicks = fitTicks(layout.xTicks, px, gutter, gutter + plotWidth);
  const plot: Box = { x: gutter, y: top, width: plotWidth, height: Math.max(60, height - top - 24 - (xTicks.some((t) => t.year) ? TYPE.tick * LEADING : 0)) };
  const py = (f: number) => plot.y + (1 - f) * plot.height;
  // the axis's unit just above the plot, beside its ticks, with the notes' band above it (at a step without
  // notes, the unit had stood alone over the empty band, 65 px above the axis on a phone); above the band where
  // a note's label or rule, at any step, would reach it
  const unitBox = layout.yUnit && textBox([layout.yUnit], 0, top - 16, TYPE.tick, 'start', true);
  const unitLow = unitBox && !layout.band.some((n) => px(n.x) < unitBox.width + 4 || overlaps(noteLabel(px(n.x), wrapNote(n), 8 + TYPE.note).box, unitBox, -4));
  const noteY = (unitLow || !unitBox ? 8 : TYPE.tick + 16) + TYPE.note;
  const revealX = px(layout.reveal);

  // the lines as polylines in px, for drawing and for keeping labels off them
  const polylines = layout.series.map((s) => s.points.filter(([x]) => x <= layout.reveal + 1e-9).map(([x, y]) => [px(x), py(y)] as [number, number]));
  const taken: Box[] = [];
  // (and the notes' rules, once placed below, from a phone's width up: on a smaller one neither side of a rule
  // may have room for a label, which then stands on a knock-out box that hides the rule: below)
  const rules: [Point, Point][] = [];
  const hitsLine = (b: Box) =>
    polylines.some((line) => line.some((a, i) => (i > 0 ? segmentHitsBox(line[i - 1]!, a, b) : line.length < 2 && inBox(a, b)))) || (width >= 358 && rules.some(([p, q]) => segmentHitsBox(p, q, b)));

  // names at the ends of the lines, spread apart
  const ends = layout.series.map((_s, i) => {
    const last = polylines[i]!.at(-1);
    return last ? { x: last[0], y: last[1] } : undefined;
  });
  const endYs = layout.endLabels ? dodge(ends.map((e) => (e ? e.y + TYPE.label * 0.35 : 0)), TYPE.label * 1.2, plot.y + TYPE.label, plot.y + plot.height) : [];
  const series = layout.series.map((s, i) => {
    const e = ends[i];
    // (clear of the ring of a point that marks the line's end)
    const gap = e && layout.points.some((p) => Math.hypot(px(p.x) - e.x, py(p.y) - e.y) < 1) ? 12 : 8;
    const end = layout.endLabels && e ? { labelX: round(e.x + gap), labelY: round(endYs[i]!) } : undefined;
    if (end) taken.push(textBox([s.label], end.labelX, end.labelY, TYPE.label, 'start', true));
    return { ...s, path: polylines[i]!.map(([x, y], k) => `${k ? 'L' : 'M'}${round(x)},${round(y)}`).join(''), end };
  });

  const yTicks = layout.yTicks.map((t) => ({ value: t.value, y: round(py(t.at)), label: t.label }));
  for (const t of yTicks) taken.push(textBox([t.label], plot.x - 8, t.y + 4, TYPE.tick, 'end'));
  if (unitLow) taken.push(unitBox);
  for (const t of xTicks) taken.push(textBox(t.year ? [t.label, t.year] : [t.label], t.x, plot.y + plot.height + 18, TYPE.tick, t.anchor));

  // notes: a rule at their date, the label at the top, on the side with room
  const notes = layout.notes.map((n, i) => {
    const x = px(n.x);
    const lines = noteLines[i]!;
    const { labelX, labelY, anchor, box } = noteLabel(x, lines, noteY);
    taken.push(box);
    rules.push([[x, labelY - TYPE.note], [x, plot.y + plot.height]]);
    return { id: n.id, x: round(x), top: round(labelY - TYPE.note), bottom: round(plot.y + plot.height), lines, labelX: round(labelX), labelY: round(labelY), anchor };
  });

  // point labels: the first place around the point that touches no line, no text and stays inside. One label
  // after another, an earlier one may take the only such place of a later one (on a phone, the margins chart's
  // "Apple FY2012" took the room above Cisco's point, whose label went 130 px down, its leader across two
  // lines). Where a label's leader crosses a line or text (on a phone's plot, also where the leaders run to 40 px
  // in all), the labels are placed again, free to reach over the value ticks' column where it has room, in each
  // order (up to three labels; more, in the reverse order), until none does; failing that, the placing kept is
  // the one with the fewest such leaders, then the shortest.
  const fixed = taken.length;
  const leaders: [Point, Point][] = [];
  const place = (order: PointMark[], left: number) => {
    taken.length = fixed;
    leaders.length = 0;
    let cost = 0;
    const placed = order.map((p) => {
      const x = px(p.x);
      const y = py(p.y);
      const lines = p.sub ? [p.label, p.sub] : [p.label];
      const h = lines.length * TYPE.label * LEADING;
      // near the point first, then further out (a leader line joins them), above before below
      const candidates: [number, number, 'start' | 'end'][] = [
        [x + 8, y - h - 2, 'start'],
        [x - 8, y - h - 2, 'end'],
        [x + 8, y + 12, 'start'],
        [x - 8, y + 12, 'end'],
        [x + 10, y - h / 2 + 4, 'start'],
        [x - 10, y - h / 2 + 4, 'end'],
      ];
      for (const d of [24, 48, 72, 96, 120, 150])
        for (const dx of [8, 48, 96])
          candidates.push([x + dx, y - h - d, 'start'], [x - dx, y - h - d, 'end'], [x + dx, y + 12 + d, 'start'], [x - dx, y + 12 + d, 'end']);
      type Place = (typeof candidates)[number];
      const size = textBox(lines, 0, TYPE.label, TYPE.label, 'start', true);
      const boxOf = ([cx, cy, anchor]: Place): Box => ({ ...size, x: anchor === 'start' ? cx : cx - size.width, y: size.y + cy });
      const inside = (b: Box) => b.x >= left && b.x + b.width <= width && b.y >= plot.y - noteBand && b.y + b.height <= plot.y + plot.height;
      // a label set away from its point gets a leader line to the nearer edge of its text
      // (none for a label right beside its point, level with it)
      const leaderOf = (c: Place) => {
        const box = boxOf(c);
        if ((Math.abs(c[1] - (y - h - 2)) < 21 || Math.abs(c[1] - (y + 12)) < 21) && Math.abs(box.x + box.width / 2 - x) < box.width / 2 + 25) return;
        if (box.y <= y && box.y + box.height >= y && Math.abs(box.x + box.width / 2 - x) <= box.width / 2 + 12) return;
        return { x: round(x), y: round(y), toX: round(Math.min(Math.max(x, box.x), box.x + box.width)), toY: round(c[1] > y ? box.y - 2 : box.y + box.height + 2) };
      };
      // ... that crosses no text and, where there is such a place, no line: from 6 px off the point (where the
      // point's own line leaves it) to its text
      const leaderEnds = (c: Place): [Point, Point] | undefined => {
        const l = leaderOf(c);
        if (!l) return;
        const k = 6 / Math.hypot(l.toX - x, l.toY - y);
        return [[x + (l.toX - x) * k, y + (l.toY - y) * k], [l.toX, l.toY]];
      };
      // 3 px apart: a browser's text box reaches higher than the estimate (the font's full ascent); and, beyond a
      // small phone's crowded plot, 8 px from another point's label, so that two labels do not read as one block
      // (at 390 px, 'Apple FY2012' had stood 4 px above Cisco's '23.1%'). (8 px from a note's label too left the
      // printed price chart's three labels no place whose leader crossed no line.)
      const pad = (b: Box): Box => ({ x: b.x - 3, y: b.y - 3, width: b.width + 6, height: b.height + 6 });
      const free = (b: Box) => !taken.some((t, i) => overlaps(t, b, i < fixed || plot.width < 220 ? -3 : -8)) && !leaders.some(([p, q]) => segmentHitsBox(p, q, pad(b)));
      // the other points' rings, which a label keeps 2 px clear of where it can
      const rings = order.filter((q) => q !== p).map((q): Box => ({ x: px(q.x) - 6.5, y: py(q.y) - 6.5, width: 13, height: 13 }));
      const fits = (c: Place, b = boxOf(c)) => inside(b) && free(b) && !hitsLine(b);
      // (a leader crossing another leader counts as crossing text)
      const overText = (e?: [Point, Point]) => !!e && (taken.some((t) => segmentHitsBox(e[0], e[1], pad(t))) || leaders.some(([p, q]) => segmentsCross(p, q, e[0], e[1])));
      // (a band 3 px either side of the leader, crossed by no line)
      const clear = (e?: [Point, Point]) => {
        if (!e) return true;
        const [[ax, ay], [bx, by]] = e;
        const k = 3 / Math.hypot(bx - ax, by - ay);
        const [nx, ny] = [(ay - by) * k, (bx - ax) * k];
        const band: Point[] = [[ax + nx, ay + ny], [bx + nx, by + ny], [bx - nx, by - ny], [ax - nx, ay - ny]];
        const near: Box = { x: Math.min(ax, bx) - 3, y: Math.min(ay, by) - 3, width: Math.abs(bx - ax) + 6, height: Math.abs(by - ay) + 6 };
        return !polylines.some((line) => line.some((p, i) => i > 0 && !apart(line[i - 1]!, p, near) && band.some((q, j) => segmentsCross(q, band[(j + 1) % 4]!, line[i - 1]!, p))));
      };
      // failing those, a place whose leader crosses a line: among the places around the point, the first that is
      // otherwise free. On a plot wider than a phone's, first, anywhere in the plot, the free place nearest to the
      // point whose leader crosses no line, if there is one less than 24 px further than that place. (A phone's
      // crowded plot rarely has one, and looking for it there took a step change to 50 ms at 4x CPU slowdown.)
      // (one pass over the places around the point finds both: the first clear of all, the first clear of text)
      // (and the first clear of all but a ring, taken where no place is clear of all)
      let lenient: Place | undefined;
      let byRing: Place | undefined;
      const strict =
        candidates.find((c) => {
          const b = boxOf(c);
          if (!fits(c, b)) return false;
          const e = leaderEnds(c);
          if (overText(e)) return false;
          lenient ??= c;
          if (!clear(e)) return false;
          byRing ??= c;
          return !rings.some((r) => overlaps(r, b, -3));
        }) ?? byRing;
      const centre = (c: Place, b = boxOf(c)) => Math.hypot(b.x + b.width / 2 - x, b.y + b.height / 2 - y);
      const sweep = () => {
        let nearest = lenient;
        let nearestAt = lenient ? centre(lenient) : Infinity;
        let any: Place | undefined;
        const places: { c: Place; d: number }[] = [];
        for (let cy = plot.y - noteBand; cy + h <= plot.y + plot.height; cy += 8)
          for (let cx = plot.x; cx + size.width <= width; cx += 8) {
            const c: Place = [cx, cy, 'start'];
            const d = centre(c);
            if (d <= nearestAt + 24) places.push({ c, d });
          }
        for (const { c, d } of places.sort((a, b) => a.d - b.d)) {
          if (d > nearestAt + 24) break;
          if (!fits(c)) continue;
          const e = leaderEnds(c);
          if (overText(e)) any ??= c;
          else if (clear(e)) return c;
          else if (d < nearestAt) [nearest, nearestAt] = [c, d];
        }
        return nearest ?? any;
      };
      const chosen = strict ?? (lenient && plot.width < 480 ? lenient : sweep()) ?? candidates.find((c) => inside(boxOf(c)) && free(boxOf(c))) ?? candidates[0]!;
      const leader = leaderEnds(chosen);
      if (leader) cost += Math.hypot(leader[1][0] - x, leader[1][1] - y) + (chosen === strict || (!overText(leader) && clear(leader)) ? 0 : 1e4);
      const box = boxOf(chosen);
      taken.push(box);
      if (leader) leaders.push(leader);
      // a label that crosses a note's rule (a small phone's plot has room for it on neither side) stands on a box
      // of the paper's colour, drawn under the lines (Lines.svelte), so that the rule stops at the label instead
      // of running between its words (the label's halo outlined only its glyphs)
      const knock = rules.some(([a, c]) => segmentHitsBox(a, c, box)) ? { x: round(box.x - 2), y: round(box.y - 1), width: round(box.width + 4), height: round(box.height + 2) } : undefined;
      return { ...p, px: round(x), py: round(y), labelX: round(chosen[0]), labelY: round(chosen[1] + TYPE.label), anchor: chosen[2], leader: leaderOf(chosen), ...(knock && { knock }) };
    });
    return { placed, cost };
  };
  const orders = (a: PointMark[]): PointMark[][] => (a.length < 2 ? [a] : a.flatMap((p) => orders(a.filter((q) => q !== p)).map((o) => [p, ...o])));
  // (the other orders are worked out only where the first placing is not good enough, which at most steps it is)
  const enough = plot.width < 480 ? 40 : 1e4;
  let best = place(layout.points, plot.x);
  if (best.cost >= enough)
    for (const order of layout.points.length < 4 ? orders(layout.points) : [[...layout.points].reverse()]) {
      const other = place(order, 0);
      if (other.cost < best.cost) best = other;
      if (best.cost < enough) break;
    }
  const points = layout.points.map((p) => best.placed.find((q) => q.id === p.id)!);

  return {
    width,
    height,
    plot: { x: round(plot.x), y: round(plot.y), width: round(plot.width), height: round(plot.height) },
    series,
    revealX: round(revealX),
    xTicks,
    yTicks,
    yUnit: layout.yUnit ? { x: 0, y: unitLow ? round(top - 16) : TYPE.tick, text: layout.yUnit } : undefined,
    points,
    notes,
    hover: layout.hover.map((h) => ({ x: round(px(h.x)), y: round(py(h.y)), label: h.label })),
  };
}
