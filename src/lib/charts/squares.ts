// The layout of "squares" charts (DeepSeek's training bill against spending plans), in two stages.
// The chart's build-time function gives each step's squares with their sides as fractions of the largest
// shown; fitSquares (build time and browser, per size) nests them in the bottom-left corner of a square frame
// at the box's left, centred in its height, sets names and values in a column to the right with leader lines
// to the squares' corners, and, when a square shown in colour is too small to see, draws it again enlarged in
// an inset with a line to the corner.
import { dodge } from './dodge';
import type { Tone } from './row-bars';
import { LEADING, round, textWidth, TYPE } from './text';

export interface SquareMark {
  id: string;
  label: string;
  valueText: string;
  /** The tone it shows at this step (dimmed out of focus, src/lib/charts/row-bars.ts shownTone). */
  tone: Tone;
  visible: boolean;
  highlighted: boolean;
  /** Side as a fraction of the largest square shown at this step (0 when hidden). */
  side: number;
  /** For a range, the side of its low end. */
  lowSide?: number;
  /** The fact that reads this value (facts.yaml `from:`), whose receipt its label opens. */
  fact?: string;
}

export interface SquaresLayout {
  squares: SquareMark[];
  /** Text of the inset's caption ("enlarged"). */
  insetLabel: string;
}

export interface SquaresDrawing {
  width: number;
  height: number;
  originX: number;
  originY: number;
  /** labelled: the name and value stand in the column (not for a square shown enlarged in the inset). */
  squares: (SquareMark & { px: number; lowPx?: number; labelX: number; labelY: number; cornerX: number; cornerY: number; labelled: boolean; leaderTo: { x: number; y: number } })[];
  /** A square too small to see, drawn enlarged with its name and value, joined to the corner by a line. */
  inset?: { x: number; y: number; size: number; square: number; id: string; tone: Tone; label: string; name: string; value: string; fact?: string; from: { x: number; y: number } };
}

/** A square shown in colour with a side under this many px gets an enlarged inset. */
const VISIBLE_PX = 12;

export function fitSquares(layout: SquaresLayout, size: { width: number; height: number }): SquaresDrawing {
  const { width, height } = size;
  const lineH = TYPE.label * LEADING;
  const labelW = Math.max(...layout.squares.map((s) => Math.max(textWidth(s.label, TYPE.label, true), textWidth(s.valueText, TYPE.label)))) + 12;
  const frame = Math.max(60, Math.min(width - labelW - 24, height - 8));
  const originX = 2;
  // the squares stand in the middle of the box's height (where the width sets their size, as on a phone, they
  // had stood on its bottom under an empty band); their labels can use its whole height
  const originY = (height + frame) / 2;
  const labelX = originX + frame + 20;
  const tiny = layout.squares.find((s) => s.visible && s.tone !== 'muted' && frame * s.side < VISIBLE_PX && layout.squares.filter((x) => x.visible).length > 1);
  // the tiny square's name and value go with its enlarged copy, not in the column
  const visible = layout.squares.filter((s) => s.visible && s !== tiny);
  const wanted = visible.map((s) => originY - frame * s.side + TYPE.label);
  const placed = dodge(wanted, lineH * 2 + 6, TYPE.label + 2, originY - lineH);
  const insetWidth = Math.max(textWidth(tiny?.label ?? '', TYPE.label, true), textWidth(tiny?.valueText ?? '', TYPE.label), textWidth(layout.insetLabel, TYPE.tick)) + 20;
  const insetSize = Math.max(insetWidth, Math.min(130, frame * 0.4));
  const inset = tiny
    ? {
        x: round(originX + 12),
        y: round(originY - frame + 12),
        size: round(insetSize),
        square: round(Math.min(48, insetSize - 4 * lineH)),
        id: tiny.id,
        tone: tiny.tone,
        label: layout.insetLabel,
        name: tiny.label,
        value: tiny.valueText,
        fact: tiny.fact,
        from: { x: round(originX + 1), y: round(originY - 1) },
      }
    : undefined;
  return {
    width,
    height,
    originX,
    originY: round(originY),
    squares: layout.squares.map((s) => {
      const px = frame * s.side;
      const i = visible.indexOf(s);
      const labelY = i === -1 ? originY : placed[i]!;
      return {
        ...s,
        px: round(Math.max(px, s.visible ? 1.5 : 0)),
        lowPx: s.lowSide === undefined ? undefined : round(frame * s.lowSide),
        labelX: round(labelX),
        labelY: round(labelY),
        cornerX: round(originX + px),
        cornerY: round(originY - px),
        labelled: i !== -1,
        leaderTo: { x: round(originX + px), y: round(originY - px) },
      };
    }),
    inset,
  };
}

/** The transform that draws a leader, the line from (0,0) to (1,1), from one point to another: moved to the
 *  first and stretched to the second, so that both ends move by transition when either point moves. A
 *  stretch of 0 would draw nothing (a transform that cannot be inverted), so a level or upright leader is
 *  stretched by a hundredth of a px across. */
export function leaderTransform(from: { x: number; y: number }, to: { x: number; y: number }): string {
  const span = (d: number) => round(d) || 0.01;
  return `translate(${from.x},${from.y}) scale(${span(to.x - from.x)},${span(to.y - from.y)})`;
}
