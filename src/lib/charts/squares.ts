// The layout of "squares" charts (DeepSeek's training bill against spending plans), in two stages.
// The chart's build-time function gives each step's squares with their sides as fractions of the largest
// shown; fitSquares (build time and browser, per size) nests them in the bottom-left corner of a square frame
// at the box's left, centred in its height (or a little lower, and if need be up to a tenth smaller, to leave
// the inset room above it), sets names and values in a column to the right with leaders (level from each name
// to its square's side, with an upright stroke to the side where the name stands above or below the square;
// 6 px above the frame's bottom edge where the name stands level with it), and, when a square shown in colour
// is too small to see, draws it again enlarged in an inset card with a line to the corner (on the frame's top
// left, or above the frame where the box is tall enough, as on a phone).
import { dodge } from './dodge';
import { FALLBACK_BOX } from './fallback-box';
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
  /** labelled: the name and value stand in the column (not for a square shown enlarged in the inset).
   *  leader: a level stroke at y from the square's side (x) to the name, width long, and an upright one at x
   *  from the side (at `from`) to y, where the name stands above or below the square (both on whole pixels,
   *  drawn as 1 px rects, which move by transition as the squares do). */
  squares: (SquareMark & { px: number; lowPx?: number; labelX: number; labelY: number; labelled: boolean; leader: { x: number; y: number; width: number; from: number } })[];
  /** A square too small to see, drawn enlarged (side `square`, 6 px in from the inset's corner) with its
   *  name, value and the inset's caption beside it (from textX, first baseline 18 px down), joined to the
   *  squares' corner by a line. */
  inset?: { x: number; y: number; width: number; height: number; square: number; textX: number; tone: Tone; label: string; name: string; value: string; fact?: string };
}

/** A square shown in colour with a side under this many px gets an enlarged inset. */
const VISIBLE_PX = 12;
/** The inset's room right of its text, by the text's estimated width (drawn, the text is wider: with 6 px it
 *  had ended 1.6 px from the frame). */
const INSET_PAD = 12;

/** The names' column: as wide as the widest name or value, and 12 px. */
const labelWidth = (layout: SquaresLayout) =>
  Math.max(...layout.squares.map((s) => Math.max(textWidth(s.label, TYPE.label, true), textWidth(s.valueText, TYPE.label)))) + 12;

/** The side of the frame in a box of this width: what the names' column leaves of it. */
const frameForWidth = (layout: SquaresLayout, width: number) => width - labelWidth(layout) - 24;
/** The smallest frame. */
const MIN_FRAME = 60;
/** From one name's baseline to the next in the column: a name and its value, and 6 px. */
const LABEL_PITCH = TYPE.label * LEADING * 2 + 6;
/** Where the column's first baseline may stand, and how far above the box's foot its last. */
const COLUMN_TOP = TYPE.label + 2;
const COLUMN_FOOT = TYPE.label * LEADING + 4;
/** The inset card's third line (what the enlargement is, in tick-sized text) stands this many em below its value. */
export const INSET_LABEL_LEADING = 1.35;

/** The square shown in colour too small to see in a frame of this side, which the inset draws enlarged (with its
 *  name: not in the column). */
const tinyIn = (layout: SquaresLayout, frame: number) =>
  layout.squares.find((s) => s.visible && s.tone !== 'muted' && frame * s.side < VISIBLE_PX && layout.squares.filter((x) => x.visible).length > 1);

/** The box a printout draws the squares in: `width` wide and as high as the frame that width leaves, or as the
 *  names in the column need where they need more (in the screen's taller fallback box the squares stood in a
 *  band of blank paper, and the printed chart's cap on its height shrank them to about 6 cm wide). */
export function printBox(layout: SquaresLayout, width = FALLBACK_BOX.width): { width: number; height: number } {
  const frame = Math.max(MIN_FRAME, Math.round(frameForWidth(layout, width)));
  const names = layout.squares.filter((s) => s.visible).length - (tinyIn(layout, frame) ? 1 : 0);
  const column = COLUMN_TOP + Math.max(0, names - 1) * LABEL_PITCH + COLUMN_FOOT;
  return { width, height: Math.ceil(Math.max(frame + 8, column)) };
}

export function fitSquares(layout: SquaresLayout, size: { width: number; height: number }): SquaresDrawing {
  const { width, height } = size;
  const lineH = TYPE.label * LEADING;
  // (the card's height beside a square of a side: the square, or its three lines of text, and 6 px each way)
  const card = (side: number) => round(Math.max(side, lineH + TYPE.tick * INSET_LABEL_LEADING + 16) + 12);
  // the frame: as wide as the names' column leaves it, or as high as the box (fit); less, by up to a tenth of its
  // side, where that leaves the room above it that the tallest card needs and more than 26 px below (where the
  // squares then stand: below), as at 360x640, where the English chart's card had stood on the frame. (That
  // side, height - room - 27, is written out twice: a name for it costs the page's script more bytes.)
  const fit = Math.max(MIN_FRAME, Math.min(frameForWidth(layout, width), height - 8));
  // (largest: the side the card's square can have at most, a ninth of that side and 12 px, at most 64, less
  // where the card's text leaves less: square, below; room: the tallest card's height, and 12 px)
  const largest = Math.min(fit / 9 + 12, 64);
  const room = card(round(largest)) + 12;
  const frame = height - room - 27 < fit * 0.9 ? fit : Math.min(fit, height - room - 27);
  const originX = 2;
  const labelX = originX + frame + 20;
  const tiny = tinyIn(layout, frame);
  // the inset, a card near the frame's top-left corner: the enlarged square beside two lines of name and value
  // and the caption, as short as it can be, so that the squares under it stay in sight where it stands on the
  // frame (below: where the box has room, it stands above the frame); the square grows with
  // the frame, and gives way where the frame is narrow. It stands a tenth of the frame in from the left, so that
  // its leader from the corner leans out from the frame's edge (6 px in, it had run up the edge unseen)
  const textW = tiny ? Math.max(textWidth(tiny.label, TYPE.label, true), textWidth(tiny.valueText, TYPE.label), textWidth(layout.insetLabel, TYPE.tick)) : 0;
  // (the card's width beside a square of a side: 6 px left of the square, 10 between it and the text, INSET_PAD
  // right of the text; it stands in far enough to leave 18 px beside a card with the smallest square)
  const cardWidth = (side: number) => side + 16 + textW + INSET_PAD;
  const insetX = originX + Math.max(6, Math.min(round(frame / 10), frame - cardWidth(12) - 18));
  const square = round(Math.max(12, Math.min(largest, frame - cardWidth(0) - 2 - insetX)));
  const insetHeight = card(square);
  // the squares stand in the middle of the box's height (where the width sets their size, as on a phone, they
  // had stood on its bottom under an empty band), or, where the middle leaves less room above them than the
  // tallest card and 12 px (room), and the box has that room and 26 px below the frame (a small
  // phone's; an iPhone SE's, 375x667, leaves the English chart 27 px), just low enough to leave it: a room for
  // the card whatever its text, so at every step alike (a step without the card too: a step cannot know
  // whether another shows one), and nothing moves as the card comes; their labels can use the box's whole
  // height (top: the room above the frame; with less room below, the names of small squares in the frame's
  // corner were pushed up past each other, and their leaders crossed)
  const top = Math.max((height - frame) / 2, room + 26 < height - frame ? room : 0);
  const originY = top + frame;
  // (the card: 6 px below the frame's top; or, where the box leaves room above the frame for the card and
  // 12 px, as a phone's does, whose width sets the frame, and 1024x768's, that high above it: on the frame it
  // had covered the spending plans; written as one subtraction, which costs the page's script fewer bytes)
  const inset = tiny && {
    x: insetX,
    y: round(top - (top < insetHeight + 12 ? -6 : insetHeight + 12)),
    width: round(cardWidth(square)),
    height: insetHeight,
    square,
    textX: insetX + square + 16,
    tone: tiny.tone,
    label: layout.insetLabel,
    name: tiny.label,
    value: tiny.valueText,
    fact: tiny.fact,
  };
  // the tiny square's name and value go with its enlarged copy, not in the column; a name whose square's
  // side is under the inset stands low enough that its leader runs level beneath it
  const visible = layout.squares.filter((s) => s.visible && s !== tiny);
  const wanted = visible.map((s) => Math.max(originY - frame * s.side, inset && originX + frame * s.side < inset.x + inset.width ? inset.y + inset.height : 0) + TYPE.label);
  const placed = dodge(wanted, LABEL_PITCH, COLUMN_TOP, height - COLUMN_FOOT);
  return {
    width,
    height,
    originX,
    originY: round(originY),
    squares: layout.squares.map((s) => {
      const px = frame * s.side;
      const i = visible.indexOf(s);
      const labelY = i === -1 ? originY : placed[i]!;
      const x = Math.round(originX + px);
      // (level with the name's middle; but not along the frame's bottom edge, where it ran unseen and pointed at
      // the squares' shared corner: 6 px above it)
      const y = Math.round(Math.abs(labelY - 5 - originY) < 6 ? originY - 6 : labelY - 5);
      return {
        ...s,
        px: round(Math.max(px, s.visible ? 1.5 : 0)),
        lowPx: s.lowSide && round(frame * s.lowSide),
        labelX: round(labelX),
        labelY: round(labelY),
        labelled: i !== -1,
        // it meets the side between its top corner and 6 px above its foot (not along the frame's bottom edge)
        leader: { x, y, width: Math.round(labelX - 6) - x, from: Math.round(Math.max(originY - px, Math.min(y, originY - 6))) },
      };
    }),
    inset,
  };
}
