// The shared layout of every "row" chart (market moves, record losses, value lost, API prices), in two
// stages. rowBarsLayout (build time, per step and language) turns data into what to draw, with positions
// as fractions of the value axis; fitRows (build time and browser, per size) places it in px: names in a
// column right-aligned against the bars (in a phone's narrow box, each above its bar), values at the bar ends,
// rows sharing the height, ticks that fit, reference lines and notes labelled on the chart. Text keeps its
// size (text.ts) whatever the chart size.
import { scaleLinear } from 'd3-scale';
import type { Locale, Unit } from '../format';
import { axisTicks, fitTicks, type PlacedTick, type Tick } from './axis';
import type { ChartNote } from './notes';
import { round, textWidth, TYPE, wrapText, LEADING } from './text';

/** Colour roles shared by all charts (CSS tokens --c-<tone>); Nvidia keeps its own everywhere. */
export type Tone = 'nvidia' | 'nvidia-muted' | 'fall' | 'rise' | 'deepseek' | 'other' | 'alt' | 'muted';

/** The tones a data row may be given in content (a CSV's tone column); the muted ones follow from focus. */
export const ROW_TONES = ['nvidia', 'deepseek', 'fall', 'rise', 'alt', 'other'] as const satisfies readonly Tone[];
export type RowTone = (typeof ROW_TONES)[number];

/** The one dimming rule of every chart: a mark in focus shows its own tone; out of focus Nvidia turns paler
 *  and every other mark grey, except the tones a chart keeps (DeepSeek's speck among the squares). */
export function shownTone(tone: Tone, highlighted: boolean, keep: readonly Tone[] = []): Tone {
  if (highlighted || keep.includes(tone)) return tone;
  return tone === 'nvidia' ? 'nvidia-muted' : 'muted';
}

export interface RowItem {
  id: string;
  label: string;
  valueText: string;
  /** The value without its unit ("592.7", "≈357"), where the axis prints the unit: a phone's box too narrow
   *  for bars beside the values with units prints these instead (fitRows). */
  bareText?: string;
  /** Where the bar starts and ends, in data units (start defaults to 0). */
  from?: number;
  to: number;
  tone: Tone;
  /** outline: an index or a reference; ghost: a figure shown only to be corrected. */
  style?: 'solid' | 'outline' | 'ghost';
  highlighted: boolean;
  /** Rows hidden at this step wait invisible, each in its own slot below the shown rows; they come in at their
   *  place once the rows shown have moved (RowBars.svelte). */
  visible?: boolean;
  /** Starts a new group: a gap and a dotted divider above the row. */
  groupStart?: boolean;
  /** Keeps its name and value out of focus, also in a box too short to name every row (fitRows: compact). */
  named?: boolean;
}

/** A row as the step draws it: the bar's ends as fractions of the value axis (0 left, 1 right). */
export interface RowMark {
  id: string;
  label: string;
  valueText: string;
  /** The value without its unit, where the axis prints it (RowItem). */
  bareText?: string;
  tone: Tone;
  style: 'solid' | 'outline' | 'ghost';
  highlighted: boolean;
  visible: boolean;
  groupStart: boolean;
  /** Never drawn compact (RowItem.named). */
  named: boolean;
  x0: number;
  x1: number;
  /** The fact that reads this row's value (facts.yaml `from:`), whose receipt its value label opens. */
  fact?: string;
}

/** What a row chart draws at one step, independent of its size. */
export interface RowBarsLayout {
  rows: RowMark[];
  /** Ticks with positions as fractions of the value axis. */
  ticks: Tick[];
  /** Zero on the value axis, when the domain spans it (a zero line is drawn). */
  zero?: number;
  /** Zero on the value axis, always: the end a bar grows from. */
  origin: number;
  /** The unit of the axis, printed beside its ticks ("$bn"). */
  unit?: string;
  /** Vertical reference lines with their labels (`fact`: the figure the label states, fact-labels.ts). */
  refLines: { id: string; at: number; label: string; fact?: string }[];
  /** Notes the step adds beside rows (a bracket when they span two). */
  notes: ChartNote[];
  /** The notes of every step: the room right of the bars and the names' share of the width are kept for them
   *  at each step, so that the bars keep their scale as a note comes in. */
  allNotes: ChartNote[];
  /** Said under the rows when some are drawn compact ({n}: how many): what the thin bars are. */
  compactNote?: string;
}

export interface RowBarsOptions {
  items: RowItem[];
  /** The data extent to show; widened to include zero and rounded to nice ticks. */
  domain: [number, number];
  unit: Unit;
  locale: Locale;
  refLines?: { id: string; value: number; label: string }[];
  /** Money axes: bare numbers on the ticks, the unit beside them; every bar's value carries its unit, except
   *  in a phone's box too narrow for it (RowItem.bareText). */
  axisUnit?: string;
  notes?: ChartNote[];
  /** The notes of every step (the room they need is kept at each step); the step's own notes if not given. */
  allNotes?: ChartNote[];
  /** What the thin bars are, when a short box draws rows out of focus compact ({n}: how many). */
  compactNote?: string;
}

export function rowBarsLayout(options: RowBarsOptions): RowBarsLayout {
  const x = scaleLinear()
    .domain([Math.min(0, options.domain[0]), Math.max(0, options.domain[1])])
    .nice(5)
    .range([0, 1]);
  const ordered = [...options.items.filter((i) => i.visible !== false), ...options.items.filter((i) => i.visible === false)];
  const [d0, d1] = x.domain() as [number, number];
  const origin = round(x(0) * 10000) / 10000;
  const ticks = axisTicks(x, 5, options.unit, options.locale, { bare: options.axisUnit !== undefined }).map((t) => ({ ...t, at: round(t.at * 1000) / 1000 }));
  return {
    rows: ordered.map((item) => {
      const a = x(item.from ?? 0);
      const b = x(item.to);
      return {
        id: item.id,
        label: item.label,
        valueText: item.valueText,
        bareText: item.bareText,
        tone: shownTone(item.tone, item.highlighted),
        style: item.style ?? 'solid',
        highlighted: item.highlighted,
        visible: item.visible !== false,
        groupStart: item.groupStart === true,
        named: item.named === true,
        x0: round(Math.min(a, b) * 10000) / 10000,
        x1: round(Math.max(a, b) * 10000) / 10000,
      };
    }),
    ticks,
    zero: d0 < 0 && d1 > 0 ? origin : undefined,
    origin,
    unit: options.axisUnit,
    refLines: (options.refLines ?? []).map((r) => ({ id: r.id, at: round(x(r.value) * 10000) / 10000, label: r.label })),
    notes: options.notes ?? [],
    allNotes: options.allNotes ?? options.notes ?? [],
    compactNote: options.compactNote,
  };
}

/** A row placed in px. */
export interface PlacedRow extends RowMark {
  /** Top of the row and its height. */
  y: number;
  pitch: number;
  /** The bar. */
  barX: number;
  barWidth: number;
  barY: number;
  barHeight: number;
  /** The name's lines, at nameX (right-aligned, or from there where names stand above their bars: the
   *  drawing's nameAnchor), first baseline at nameY. */
  nameLines: string[];
  nameX: number;
  nameY: number;
  /** The value, at valueX with its anchor. */
  valueX: number;
  valueY: number;
  valueAnchor: 'start' | 'end';
  /** The value sits inside the bar (light on dark). */
  valueInside: boolean;
  /** The value stands on a line of its own under the name. */
  valueUnder: boolean;
  /** Drawn as a thin bar without its name and value: a row out of focus in a box too short for every
   *  row at full height (twenty rows on a small phone); the data table still names it. */
  compact: boolean;
}

export interface RowBarsDrawing {
  /** The drawing's size in its own units: the box's size, or, scaled, larger by 1 / scale. */
  width: number;
  height: number;
  /** How much the drawing is scaled down to fit its box: 1, or less when its rows cannot fit at full size. */
  scale: number;
  /** How far down the whole drawing is moved to stand in the middle of a box taller than it needs. */
  offsetY: number;
  rows: PlacedRow[];
  /** How the names stand: right-aligned in a column left of the bars ('end'), or on a line of their own above
   *  each bar, from the left edge ('start': a narrow box, where a column would leave the bars little room). */
  nameAnchor: 'start' | 'end';
  /** Left and right end of the value axis, px. */
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  ticks: PlacedTick[];
  tickY: number;
  unit?: { x: number; y: number; text: string; anchor: 'start' | 'end' };
  zeroX?: number;
  dividers: number[];
  refLines: { id: string; fact?: string; x: number; top: number; bottom: number; lines: string[]; labelX: number; labelY: number; anchor: 'start' | 'end' }[];
  notes: { id: string; lines: string[]; x: number; y: number; bracket?: { x: number; y1: number; y2: number } }[];
  /** Under the rows, where some are compact: what the thin bars are (first baseline at y, left-aligned at x). */
  compactNote?: { lines: string[]; x: number; y: number };
}

const GAP = 5;
const GROUP_GAP = 10;
/** The closest rows may stand: a label's height (text.ts: 1.05 of its size) and a little air. */
const TIGHT_PITCH = Math.ceil(TYPE.label * 1.05) + 1;
/** The pitch and bar height of a compact row (out of focus, unlabelled). */
const COMPACT_PITCH = 6;
const COMPACT_BAR = 3;

/** How a bar is drawn: a solid bar as the unit square (<rect width="1" height="1">) moved and stretched onto
 *  its box by its transform, so that Chromium moves it between steps on the compositor (a new transform
 *  needs no layout or repaint, as new x, y, width and height do, in every frame of the motion). It grows by
 *  half a px on each side, the outline in its own colour that it had when drawn with a stroke; an empty bar
 *  stays empty. A bar with an outline of its own (outline, ghost) keeps its size, so that its stroke does not
 *  stretch: it is only moved. */
export function barGeometry(bar: Pick<PlacedRow, 'barX' | 'barY' | 'barWidth' | 'barHeight' | 'style'>): { width: number; height: number; transform: string } {
  if (bar.style !== 'solid') return { width: bar.barWidth, height: bar.barHeight, transform: `translate(${bar.barX},${bar.barY})` };
  const grow = bar.barWidth > 0 && bar.barHeight > 0 ? 0.5 : 0;
  return { width: 1, height: 1, transform: `translate(${round(bar.barX - grow)},${round(bar.barY - grow)}) scale(${round(bar.barWidth + 2 * grow)},${round(bar.barHeight + 2 * grow)})` };
}

/** A step's placed rows in the order of the chart's first step, which every step keeps: an element that a
 *  keyed list moves in the page is drawn anew, without motion, so a row shown before that moves past one
 *  that enters would jump instead of moving. (Rows that enter come in one after another in this order.) */
export function inFirstOrder(rows: PlacedRow[], first: RowBarsLayout): PlacedRow[] {
  const order = new Map(first.rows.map((r, i) => [r.id, i]));
  // a row the first step does not list (none does today) comes after those it lists, in its own order
  const rank = (row: PlacedRow) => order.get(row.id) ?? order.size;
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

/** The rows that enter at a step: shown in `now`, hidden (or absent) in the step drawn `before`. Only they come
 *  in one after another (RowBars: --stagger); the rows already shown move and change together, at once, so
 *  that a change of step costs the browser as few frames as it can. */
export function enteringRows(before: RowBarsLayout, now: RowBarsLayout): Set<string> {
  const shown = new Set(before.rows.filter((r) => r.visible).map((r) => r.id));
  return new Set(now.rows.filter((r) => r.visible && !shown.has(r.id)).map((r) => r.id));
}

/** Places a step's rows in a box of the given size. Where the rows cannot all fit at their text's size even
 *  packed tight (twenty rows in a small phone's box), the rows out of the step's focus shrink to thin
 *  unlabelled bars, so that the rows in focus keep full-size text. Only if that is not enough (or nothing is
 *  out of focus) is the chart laid out for a larger box of the same shape and drawn scaled down to the box
 *  (`scale` < 1): the text shrinks, but nothing collides or leaves the box. */
export function fitRows(layout: RowBarsLayout, size: { width: number; height: number }): RowBarsDrawing {
  // in a phone's box where the bars would have under a third of its width beside values with their units, each
  // value is printed without its unit, which the axis prints once (the record losses at 320 px: bars of 30 to
  // 56 px beside "592,7 Mrd. $"): only where the axis prints a unit and every value has a text without it, and
  // decided once, with every row shown, at the box's own size, so that every step prints its values alike
  if (size.width < PHONE_BOX && layout.unit && layout.rows.every((r) => r.bareText)) {
    const full = fitRowsAtSize(everyRowShown(layout), size, false);
    if (full.plotRight - full.plotLeft < size.width * NARROW_BARS) layout = { ...layout, rows: layout.rows.map((r) => ({ ...r, valueText: r.bareText! })) };
  }
  let scale = 1;
  let d = fitRowsAtSize(layout, size, false);
  if (d.height > size.height + 0.5 && layout.rows.some((r) => r.visible && r.highlighted) && layout.rows.some((r) => r.visible && !r.highlighted))
    d = fitRowsAtSize(layout, size, true);
  for (let i = 0; i < 4 && d.height > size.height / scale + 0.5; i++) {
    scale *= size.height / scale / d.height;
    d = fitRowsAtSize(layout, { width: size.width / scale, height: size.height / scale }, d.rows.some((r) => r.compact));
  }
  // a chart whose rows enter step by step stands where it will stand with all of them, its axis still as they
  // come in below (not lower at first, over an empty frame, and rising as rows enter), its grid and reference
  // lines as long as they will be: they frame the room the rows will take (on a phone, the value-lost chart's
  // first step had been one bar over 280 px of blank)
  if (layout.rows.some((r) => !r.visible)) {
    const full = fitRows(everyRowShown(layout), size);
    d.offsetY = Math.min(d.offsetY, full.offsetY);
    if (full.scale === Math.round(scale * 10000) / 10000 && full.plotBottom > d.plotBottom) {
      d.plotBottom = full.plotBottom;
      d.refLines = d.refLines.map((r) => ({ ...r, bottom: full.plotBottom }));
    }
  }
  return { ...d, scale: Math.round(scale * 10000) / 10000 };
}

/** The share of a box's width below which the bars' room is too little: in a phone's box (narrower than
 *  PHONE_BOX px) the names then stand above their bars (the price war's chart: bars of 25 to 40 px beside names
 *  and brackets at 320 px), or the values drop their units (fitRows). Neither in the box drawn before measuring
 *  and for print (FALLBACK_BOX, 420 px): a desktop's chart would show the phone's layout until its island drew
 *  it for its box. */
const NARROW_BARS = 1 / 3;
const PHONE_BOX = 400;

/** The layout as at a chart's fullest step: every row shown. */
const everyRowShown = (layout: RowBarsLayout): RowBarsLayout => ({ ...layout, rows: layout.rows.map((r) => ({ ...r, visible: true })) });

/** Places the rows in a box: names in a column beside their bars or, in a phone's box, above them. */
function fitRowsAtSize(layout: RowBarsLayout, size: { width: number; height: number }, compact: boolean): Omit<RowBarsDrawing, 'scale'> {
  const first = fitRowsWith(layout, size, 0, compact, false);
  // a value moved under its name needs the names' column to be at least as wide as the value
  const under = first.rows.filter((r) => r.visible && !r.compact && r.valueUnder);
  const need = Math.max(0, ...under.map((r) => textWidth(r.valueText, TYPE.label, true)));
  const beside = need > (first.rows[0]?.nameX ?? 0) ? fitRowsWith(layout, size, need, compact, false) : first;
  // names above their bars, in a phone's box, where the bars had too little room beside them and the rows
  // still fit the height: in a chart of bars that all grow rightwards from zero, without reference lines (a
  // chart of falls and rises, or of stacked segments, keeps its names' column, which stands clear of bars going
  // either way; a reference line would run through the names), and only where every value stands at or in its
  // bar (none on a line of its own under its name, which has no place there). Decided with every row shown, as
  // at the chart's fullest step, so that the bars keep their scale from step to step.
  const fromZero = layout.rows.every((r) => Math.abs(r.x0 - layout.origin) < 1e-9);
  if (compact || !fromZero || layout.refLines.length || size.width >= PHONE_BOX) return beside;
  // (at the fullest step itself, the drawings worked out for the decision are the step's own)
  const full = layout.rows.every((r) => r.visible);
  const column = full ? first : fitRowsWith(everyRowShown(layout), size, 0, false, false);
  const above = fitRowsWith(full ? layout : everyRowShown(layout), size, 0, false, true);
  if (column.plotRight - column.plotLeft >= size.width * NARROW_BARS || above.height > size.height + 0.5 || above.rows.some((r) => r.valueUnder)) return beside;
  return full ? above : fitRowsWith(layout, size, 0, false, true);
}

function fitRowsWith(layout: RowBarsLayout, size: { width: number; height: number }, minNames: number, compact: boolean, above: boolean): Omit<RowBarsDrawing, 'scale'> {
  const { width } = size;
  const visible = layout.rows.filter((r) => r.visible);
  const isCompact = (r: RowMark) => compact && !r.highlighted && !r.named;
  const full = visible.filter((r) => !isCompact(r));
  // under compact rows, a line says what the thin bars are
  const compactCount = visible.length - full.length;
  const noteLines = compactCount > 0 && layout.compactNote ? wrapText(layout.compactNote.replace('{n}', String(compactCount)), width, TYPE.note) : [];
  const noteHeight = noteLines.length ? noteLines.length * TYPE.note * LEADING + 6 : 0;
  // the names' column: as narrow as the height allows (longer names wrap), at most half the chart; reckoned
  // with every row, shown at this step or not, so that it keeps its width (and the bars their scale) as rows
  // come in; half (at most 0.36 beside bracket notes, below) where the rows out of focus are drawn compact,
  // without names (the names in focus, and so the room they need, change from step to step)
  const longestWord = Math.max(0, ...layout.rows.flatMap((r) => r.label.split(' ').map((w) => textWidth(w, TYPE.label, true))));
  const widest = Math.max(0, ...layout.rows.map((r) => textWidth(r.label, TYPE.label, true)));
  const lineH = TYPE.label * LEADING;
  const roughTop = (layout.refLines.length ? 3 * TYPE.tick * LEADING : 0) + TYPE.tick + 14;
  const fitsHeight = (w: number) =>
    layout.rows.reduce((sum, r) => sum + wrapText(r.label, w, TYPE.label, true).length * lineH + 3, 0) <=
    size.height - roughTop - GROUP_GAP * 2;
  const share = (!compact && [0.3, 0.36, 0.42].find((f) => fitsHeight(Math.max(width * f, longestWord)))) || 0.5;
  // room for bracket notes to the right of the bars, where any step has them
  const noteWidth = layout.allNotes.some((n) => n.toRow) ? Math.min(Math.max(width * 0.22, 92), Math.max(...layout.allNotes.map((n) => textWidth(n.text, TYPE.note, true))) + 20) : 0;
  // (names above their bars take the width the bars do)
  const nameWidth = above ? width - noteWidth : Math.max(minNames, Math.min(widest, Math.max(width * (layout.allNotes.length ? Math.min(share, 0.36) : share), longestWord)));
  const nameLines = new Map(layout.rows.map((r) => [r.id, wrapText(r.label, nameWidth, TYPE.label, true)]));
  const valueWidthOf = (r: RowMark) => textWidth(r.valueText, TYPE.label, true);
  const positive = layout.rows.some((r) => r.x1 > (layout.zero ?? 0) + 1e-9);
  const nameRight = above ? 0 : nameWidth + 2;
  const plotLeft = above ? 0 : nameRight + GAP * 2;
  // values beyond the bars' ends on the right need room (where one stands there: below); on the left they go
  // inside the longest bars; in a column at the right (below), every value
  const across = (column: boolean, room = positive) => {
    const plotRight =
      width - (column ? Math.max(...layout.rows.map(valueWidthOf)) + 3 * GAP : room ? Math.max(...layout.rows.filter((r) => r.x1 > (layout.zero ?? 0)).map(valueWidthOf), 0) + GAP : 4) - noteWidth;
    const px = (f: number) => plotLeft + f * (plotRight - plotLeft);
    // reference labels sit above the ticks, wrapped to the room left of their line
    const refs = layout.refLines.map((r) => {
      const x = px(r.at);
      const room = Math.max(x - plotLeft, 120);
      return { id: r.id, fact: r.fact, x, lines: wrapText(r.label, room, TYPE.tick), anchor: 'end' as const };
    });
    const crosses = (a: number, b: number) => refs.some((ref) => ref.x > a - 6 && ref.x < b + 6);
    // where each value goes: in the column; else beyond the bar's end if there is room and no reference line in
    // the way; else inside the bar's end if the bar is long enough; else before the bar's start; else on a line
    // of its own under the name. In a chart of stacked segments (value-lost), inside comes first, then before
    // the segment's start, in the room the steps leave free there; beyond its end last: there the values had
    // changed sides from row to row, and Nvidia's had stood inside its bar in one language and beyond it in the
    // other
    const stacked = layout.rows.some((r) => r.x0 > (layout.zero ?? 0) + 1e-9);
    const placements = new Map(
      layout.rows.map((r) => {
        const barX = px(r.x0);
        const barWidth = Math.max(r.x1 > r.x0 ? 1 : 0, px(r.x1) - barX);
        const onLeft = r.x0 < (layout.zero ?? 0) - 1e-9 && r.x1 <= (layout.zero ?? 0) + 1e-9;
        const valueW = valueWidthOf(r);
        const end = onLeft ? barX : barX + barWidth;
        const start = onLeft ? barX + barWidth : barX;
        const outside = onLeft ? { x: end - GAP, anchor: 'end' as const, from: end - GAP - valueW, to: end - GAP } : { x: end + GAP, anchor: 'start' as const, from: end + GAP, to: end + GAP + valueW };
        const before = onLeft ? { x: start + GAP, anchor: 'start' as const, from: start + GAP, to: start + GAP + valueW } : { x: start - GAP, anchor: 'end' as const, from: start - GAP - valueW, to: start - GAP };
        const fits = (c: { from: number; to: number }) => c.from >= plotLeft - GAP && c.to <= width && !crosses(c.from, c.to);
        let place: { x: number; anchor: 'start' | 'end'; mode: 'column' | 'outside' | 'inside' | 'before' | 'across' | 'under' };
        const inside =
          barWidth >= valueW + 2 * GAP && r.style === 'solid' && !crosses(end - GAP - valueW, end) && (onLeft ? { x: end + GAP, anchor: 'start' as const } : { x: end - GAP, anchor: 'end' as const });
        if (column) place = { x: width - noteWidth, anchor: 'end', mode: 'column' };
        else if (fits(outside) && !(stacked && (inside || fits(before)))) place = { ...outside, mode: 'outside' };
        else if (inside) place = { ...inside, mode: 'inside' };
        // (before a bar that grows from zero: across the zero line)
        else if (fits(before)) place = { ...before, mode: Math.abs(start - px(layout.origin)) < 0.5 ? 'across' : 'before' };
        else place = { x: nameRight, anchor: 'end', mode: 'under' };
        return [r.id, { barX, barWidth, place }] as const;
      }),
    );
    return [plotRight, px, refs, placements] as const;
  };
  // A value before the start of a bar that grows from zero stands across the zero line, where it reads as a
  // move the other way (a fall's "−17%" among the rises): where any row would need that (a narrow chart of long
  // names), every value stands in a column at the right instead, right-aligned, one rule for all rows. (All rows
  // decide, shown or not, so that the bars keep their scale from step to step.) Where no value stands beyond
  // its bar's end, the room kept for one goes to the bars (on a phone, the value-lost chart's bars all end at
  // the $1tn line, and a fifth of its width stood empty right of it).
  const uses = (a: ReturnType<typeof across>, mode: string) => layout.rows.some((r) => a[3].get(r.id)!.place.mode === mode);
  const roomy = across(false);
  const tight = !positive || uses(roomy, 'outside') ? roomy : across(false, false);
  const [plotRight, px, refs, placements] = uses(roomy, 'across') ? across(true) : uses(tight, 'across') ? roomy : tight;
  const refHeight = refs.length ? Math.max(...refs.map((r) => r.lines.length)) * TYPE.tick * LEADING + 6 : 0;
  // the axis unit stands left of the ticks, or on a line of its own above them where the names' column is too narrow
  const unitOwnLine = layout.unit !== undefined && textWidth(layout.unit, TYPE.tick, true) > nameRight;
  const tickY = refHeight + TYPE.tick + (unitOwnLine ? TYPE.tick * LEADING + 2 : 0);
  const plotTop = tickY + 8;

  const groups = visible.filter((r, i) => r.groupStart && i > 0).length;

  // rows share the height (a few rows spread out, many pack closer, down to a pitch just taller than a line
  // of text); a row whose name wraps, or whose value stands under its name, is taller by its extra lines
  // (names above their bars: every line of the name, and 3 px between it and its bar)
  const extraLines = (r: RowMark) => (isCompact(r) ? 0 : nameLines.get(r.id)!.length - (above ? 0 : 1) + (placements.get(r.id)!.place.mode === 'under' ? 1 : 0));
  const extra = (r: RowMark) => extraLines(r) * lineH + (above ? 3 : 0);
  const available = size.height - plotTop - 6 - noteHeight - groups * GROUP_GAP - compactCount * COMPACT_PITCH - visible.reduce((sum, r) => sum + extra(r), 0);
  // (at most 124 px apart, bars at most 44 px thick: a few rows fill a laptop's frame, where 96 and 40 had
  // left them floating in its middle; beside compact rows, the rows in focus spread no further than two lines
  // apart: bars as thick as elsewhere, not slabs)
  const pitch = Math.max(TIGHT_PITCH, Math.min(compact ? 2 * TIGHT_PITCH : 124, available / Math.max(1, full.length)));
  // (under its name, a bar is at most 24 px thick: a thicker one read as a slab under a line of text)
  const barHeight = Math.min(pitch - 6, Math.max(11, Math.min(above ? 24 : 44, pitch * 0.6)));
  const pitchOf = (r: RowMark) => (isCompact(r) ? COMPACT_PITCH : pitch);

  const dividers: number[] = [];
  let y = plotTop;
  let shownBottom = plotTop;
  const placed: PlacedRow[] = [];
  const order = [...visible, ...layout.rows.filter((r) => !r.visible)];
  order.forEach((r, i) => {
    if (r.visible && r.groupStart && i > 0) {
      dividers.push(round(y + GROUP_GAP / 2));
      y += GROUP_GAP;
    }
    const lines = nameLines.get(r.id)!;
    const rowPitch = pitchOf(r) + extra(r);
    const mid = y + rowPitch / 2;
    const rowBar = isCompact(r) ? COMPACT_BAR : barHeight;
    const { barX: fullX, barWidth: fullWidth, place } = placements.get(r.id)!;
    const textLines = lines.length + (place.mode === 'under' ? 1 : 0);
    // names above: the name and its bar stand together in the middle of the row, the name's last line 3 px
    // above the bar (its first baseline: a line's height less the space under the baseline)
    const top = mid - (extra(r) + rowBar) / 2;
    const barMid = above ? top + extra(r) + rowBar / 2 : mid;
    const firstBaseline = above ? top + lineH - TYPE.label * 0.25 : mid + TYPE.label * 0.35 - ((textLines - 1) * lineH) / 2;
    placed.push({
      ...r,
      y: round(y),
      pitch: round(rowPitch),
      barX: round(fullX),
      barWidth: round(fullWidth),
      barY: round(barMid - rowBar / 2),
      barHeight: round(rowBar),
      nameLines: lines,
      nameX: round(nameRight),
      nameY: round(firstBaseline),
      valueX: round(place.x),
      valueY: round(place.mode === 'under' ? firstBaseline + lines.length * lineH : barMid + TYPE.label * 0.35),
      valueAnchor: place.anchor,
      valueInside: place.mode === 'inside',
      valueUnder: place.mode === 'under',
      compact: isCompact(r),
    });
    if (r.visible) {
      y += rowPitch;
      shownBottom = y;
    } else y += pitch;
  });
  // the bottom of the plot: 2 px below the last row; the drawing ends 4 px below it (6 in all, as kept above)
  const plotBottom = shownBottom + 2;

  const rowOf = (id: string) => placed.find((p) => p.id === id && p.visible);
  const notes = layout.notes.flatMap((n) => {
    const first = rowOf(n.row);
    if (!first) return [];
    const last = (n.toRow && rowOf(n.toRow)) || first;
    const [a, b] = first.y <= last.y ? [first, last] : [last, first];
    // in the column kept for bracket notes, where there is one (every bracket at the same place, and the same
    // note wrapped alike beside each); else past the ends of its rows' bars and values
    const bx = noteWidth ? width - noteWidth + 4 : Math.max(...[a, b].map((p) => Math.max(p.barX + p.barWidth, p.valueAnchor === 'start' ? p.valueX + textWidth(p.valueText, TYPE.label, true) : p.valueX))) + 8;
    const y1 = a.y + 4;
    const y2 = b.y + b.pitch - 4;
    const lines = wrapText(n.text, Math.max(60, width - bx - 14), TYPE.note, true);
    const textY = (y1 + y2) / 2 - ((lines.length - 1) * TYPE.note * LEADING) / 2 + TYPE.note * 0.35;
    return [{ id: n.id, lines, x: round(bx + (a === b ? 0 : 10)), y: round(textY), bracket: a === b ? undefined : { x: round(bx), y1: round(y1), y2: round(y2) } }];
  });

  return {
    width,
    height: Math.max(size.height, round(plotBottom + 4 + noteHeight)),
    // a few rows in a tall box sit a little above its middle, not at its top over an empty frame
    offsetY: round(Math.max(0, size.height - (plotBottom + 4 + noteHeight)) * 0.4),
    rows: placed,
    nameAnchor: above ? 'start' : 'end',
    plotLeft: round(plotLeft),
    plotRight: round(plotRight),
    plotTop: round(plotTop),
    plotBottom: round(plotBottom),
    // (no tick where a reference line stands: the line and its label name the value, and the tick's label
    // stood against the line)
    ticks: fitTicks(layout.ticks.filter((t) => !layout.refLines.some((r) => Math.abs(r.at - t.at) < 1e-3)), px, plotLeft, plotRight),
    tickY: round(tickY),
    unit: layout.unit ? (unitOwnLine ? { x: 0, y: round(refHeight + TYPE.tick), text: layout.unit, anchor: 'start' } : { x: round(nameRight), y: round(tickY), text: layout.unit, anchor: 'end' }) : undefined,
    zeroX: layout.zero === undefined ? undefined : round(px(layout.zero)),
    dividers,
    refLines: refs.map((r) => ({ id: r.id, fact: r.fact, x: round(r.x), top: round(refHeight - 4), bottom: round(plotBottom), lines: r.lines, labelX: round(r.x - 4), labelY: TYPE.tick, anchor: r.anchor })),
    notes,
    compactNote: noteLines.length ? { lines: noteLines, x: 0, y: round(plotBottom + 4 + TYPE.note) } : undefined,
  };
}
