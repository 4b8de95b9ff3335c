// The squares chart's leaders (lib/charts/squares.ts): each runs level from its name to its square's side, on
// whole pixels, with an upright stroke to the side where the name stands above or below the square. The inset,
// and the box a printout draws the squares in.
import { describe, expect, it } from 'vitest';
import { fitSquares, printBox, type SquareMark } from '../../src/lib/charts/squares';
import { LEADING, textWidth, TYPE } from '../../src/lib/charts/text';
import { CHART_BOXES } from '../chart-boxes';

/** Nested squares of nearly the same size, whose names cannot all stand level with their sides. */
const square = (id: string, side: number): SquareMark => ({ id, label: id, valueText: '$1bn', tone: 'other', visible: true, highlighted: false, side });
const crowded = { squares: [square('largest', 1), square('near', 0.97), square('nearer', 0.95), square('small', 0.2)], insetLabel: 'enlarged' };

describe('fitSquares: leaders', () => {
  it.each([
    ['a phone', { width: 358, height: 430 }],
    ['a small phone', { width: 288, height: 270 }],
    ['a laptop', { width: 784, height: 585 }],
  ])('on %s, a leader runs level from the middle of its name to its square, and upright to the square where the name stands past it', (_name, size) => {
    const d = fitSquares(crowded, size);
    const labelled = d.squares.filter((s) => s.labelled);
    // some names stand lower than their squares' tops: pushed down past each other
    expect(labelled.some((s) => s.labelY - 5 > d.originY - s.px + 1)).toBe(true);
    for (const s of labelled) {
      const { x, y, width, from } = s.leader;
      const side = { x: d.originX + s.px, top: d.originY - s.px, foot: d.originY };
      for (const v of [x, y, width, from]) expect(Number.isInteger(v)).toBe(true);
      // level at the name's middle (6 px above the frame's bottom edge where that is within 6 px of it), from
      // the square's side to 6 px short of the name
      const middle = s.labelY - 5;
      expect(Math.abs(y - (Math.abs(middle - d.originY) < 6 ? d.originY - 6 : middle))).toBeLessThanOrEqual(0.5);
      expect(Math.abs(x - side.x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(x + width - (s.labelX - 6))).toBeLessThanOrEqual(0.5);
      // the upright stroke ends on the square's side, above its foot (not along the frame's bottom edge)
      expect(from).toBeGreaterThanOrEqual(Math.floor(side.top));
      expect(from).toBeLessThanOrEqual(Math.ceil(side.foot - 6));
      // and is no longer than it must be: none where the name's middle is level with the side
      if (y >= side.top && y <= side.foot - 6) expect(from).toBe(y);
    }
  });
});

describe('fitSquares: no leader runs along the frame\'s bottom edge', () => {
  // one large square and three of about the same size nested in its corner (the cost-vs-capex chart's plans),
  // whose names, pushed down past each other, reach the frame's foot
  const plans = { squares: [square('plan', 1), square('a', 0.4), square('b', 0.387), square('c', 0.36)], insetLabel: 'enlarged' };
  it.each([
    ['a phone', { width: 358, height: 425 }],
    ['a small phone', { width: 288, height: 270 }],
    ['a tablet', { width: 736, height: 560 }],
    ['a laptop', { width: 784, height: 585 }],
  ])('on %s', (_name, size) => {
    const d = fitSquares(plans, size);
    for (const s of d.squares.filter((x) => x.labelled)) expect(Math.abs(s.leader.y - d.originY), s.id).toBeGreaterThanOrEqual(5.5);
  });
});

describe("fitSquares: the inset's leader leans out from the frame's edge", () => {
  // a square too small to see (shown enlarged in the inset) in the corner of a large one
  const speck = { squares: [square('plan', 1), { ...square('speck', 0.00007), tone: 'deepseek' as const }], insetLabel: 'enlarged' };
  it.each([
    ['a phone', { width: 358, height: 425 }],
    ['a tablet', { width: 736, height: 560 }],
    ['a laptop', { width: 784, height: 585 }],
  ])('on %s, by at least a twentieth of its length', (_name, size) => {
    const d = fitSquares(speck, size);
    // the leader runs from the squares' corner to the inset's lower left corner
    const [dx, dy] = [d.inset!.x - d.originX, d.originY - (d.inset!.y + d.inset!.height)];
    expect(dx / dy).toBeGreaterThan(1 / 20);
    // and the inset stays inside the frame
    const frame = d.squares.find((s) => s.id === 'plan')!.px;
    expect(d.inset!.x + d.inset!.width).toBeLessThanOrEqual(d.originX + frame);
  });
  it.each(CHART_BOXES.map((box) => [box.screen, box] as const))("in the %s box, the inset's text ends at least 10 px inside its right edge (by its estimated width)", (_name, size) => {
    const d = fitSquares({ ...speck, squares: speck.squares.map((s) => (s.id === 'speck' ? { ...s, label: 'A long model name', valueText: '$5.6m' } : s)) }, size);
    const { name, value, label } = d.inset!;
    const text = Math.max(textWidth(name, TYPE.label, true), textWidth(value, TYPE.label), textWidth(label, TYPE.tick));
    expect(d.inset!.x + d.inset!.width - (d.inset!.textX + text)).toBeGreaterThanOrEqual(10);
  });
});

describe('fitSquares: where the inset stands', () => {
  // a square too small to see (shown enlarged in the inset) in the corner of a large one, whose short name
  // leaves the frame most of a box's width
  const speck = { squares: [square('plan', 1), { ...square('speck', 0.00007), tone: 'deepseek' as const }], insetLabel: 'enlarged' };
  // the same chart's step before the large one is shown: the speck alone, no inset (a hidden square's side is 0)
  const speckAlone = { ...speck, squares: [{ ...speck.squares[0]!, visible: false, side: 0 }, { ...speck.squares[1]!, side: 1 }] };
  const frameOf = (d: ReturnType<typeof fitSquares>) => d.squares.find((s) => s.id === 'plan')!.px;
  /** The inset stands above the frame, 12 px clear of it, inside the box, its leader leaning out from the
   *  frame's edge, and no wider than the frame. */
  const expectAbove = (d: ReturnType<typeof fitSquares>) => {
    const frame = frameOf(d);
    expect(d.inset!.y).toBeGreaterThanOrEqual(0);
    expect(d.inset!.y + d.inset!.height).toBeLessThanOrEqual(d.originY - frame - 12 + 0.5);
    expect((d.inset!.x - d.originX) / (d.originY - (d.inset!.y + d.inset!.height))).toBeGreaterThan(1 / 20);
    expect(d.inset!.x + d.inset!.width).toBeLessThanOrEqual(d.originX + frame);
  };
  it("in a tall box whose width sets the frame (a phone's), above the frame; the squares stay in the middle", () => {
    const box = { width: 358, height: 480 };
    const d = fitSquares(speck, box);
    expectAbove(d);
    expect(Math.abs(d.originY - frameOf(d) - (box.height - d.originY))).toBeLessThanOrEqual(1);
  });
  // (the large square with a name and value as wide as the spending plans', which leave a small phone's box a
  // frame of about 140 px)
  const wide = (layout: typeof speck) => ({ ...layout, squares: layout.squares.map((s) => (s.id === 'plan' ? { ...s, label: 'A spending plan', valueText: '≈$60–65bn' } : s)) });
  it.each([
    ['a box with less room above a centred frame than the card and 12 px (358x425)', { width: 358, height: 425 }, (l: typeof speck) => l],
    ["a small phone's box (320x640), under plans with wide names", { width: 288, height: 270 }, wide],
  ])('in %s, above the frame, the squares just low enough to leave it that room, inside the box, and where they stand at the step before the card', (_name, box, names) => {
    const d = fitSquares(names(speck), box);
    expectAbove(d);
    // (the middle would have left less room)
    expect((box.height - frameOf(d)) / 2).toBeLessThan(d.inset!.height + 12);
    expect(Math.abs(d.originY - frameOf(d) - (d.inset!.height + 12))).toBeLessThanOrEqual(0.5);
    // (and leaves 26 px below the frame, for names pushed down past each other)
    expect(box.height - d.originY).toBeGreaterThanOrEqual(26);
    expect(fitSquares(names(speckAlone), box).originY).toBe(d.originY);
  });
  it('in every box from 300x200 to 900x800, with a short or a long name in the card, the squares stand where they stand at the step before the card', () => {
    for (const name of ['speck', 'A speck with a very long name for its card']) {
      const named = (l: typeof speck) => ({ ...l, squares: l.squares.map((s) => (s.id === 'speck' ? { ...s, label: name } : s)) });
      const [alone, withPlan] = [named(speckAlone), named(speck)];
      for (let width = 300; width <= 900; width += 20)
        for (let height = 200; height <= 800; height += 20) {
          const [before, after] = [fitSquares(alone, { width, height }), fitSquares(withPlan, { width, height })];
          expect(before.originY, `${name} ${width}x${height}`).toBe(after.originY);
          // (and are as large: the speck alone fills the frame)
          expect(before.squares.find((s) => s.id === 'speck')!.px, `${name} ${width}x${height}`).toBe(frameOf(after));
        }
    }
  });
  // the frame's side where the box's width or height sets it (what a box as wide and much taller leaves, or the
  // box's height less 8 px)
  const fullFrame = (layout: typeof speck, box: { width: number; height: number }) => Math.min(frameOf(fitSquares(layout, { ...box, height: 4000 })), box.height - 8);
  it.each([
    // (a box as wide as the most common Android phone's, 360x640, a little taller than the one the collision tests
    // draw in there, where the frame would give up exactly a tenth)
    ['a box 328 px wide, under plans with wide names', { width: 328, height: 272 }, wide],
    ["an iPhone SE's (375x667), under plans with wide names", CHART_BOXES.find((b) => b.screen === '375x667')!, wide],
  ])('in %s, a few px short of the room above the frame, the frame gives up those px (less than a tenth of its side) to stand the card above it', (_name, box, names) => {
    const d = fitSquares(names(speck), box);
    const full = fullFrame(names(speck), box);
    expectAbove(d);
    expect(frameOf(d)).toBeLessThan(full);
    expect(frameOf(d)).toBeGreaterThanOrEqual(full * 0.9);
    expect(box.height - d.originY).toBeGreaterThanOrEqual(26);
  });
  it.each([
    ['a box whose width sets the frame but too short for the card above it (358x330)', { width: 358, height: 330 }, (l: typeof speck) => l],
    ['a box with room for the card above the frame but not 26 px below it (288x222, wide names)', { width: 288, height: 222 }, wide],
    ["a box whose height sets the frame (a laptop's)", { width: 784, height: 585 }, (l: typeof speck) => l],
  ])("in %s, on the frame's top left, 6 px below its top; the squares in the middle", (_name, box, names) => {
    const d = fitSquares(names(speck), box);
    expect(frameOf(d)).toBe(fullFrame(names(speck), box));
    expect(Math.abs(d.inset!.y - (d.originY - frameOf(d) + 6))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(d.originY - frameOf(d) - (box.height - d.originY))).toBeLessThanOrEqual(1);
  });
});

describe('printBox: a printout draws the squares in a box as high as they are', () => {
  const plans = (names: string[]) => ({
    squares: [...names.map((name, i) => ({ ...square(`plan${i}`, 1 - i * 0.15), label: name })), { ...square('speck', 0.00007), tone: 'deepseek' as const }],
    insetLabel: 'enlarged',
  });
  it('short names: the frame fills the box, less 8 px (no blank band above or below the squares)', () => {
    const layout = plans(['A', 'B', 'C']);
    const box = printBox(layout);
    expect(box.width).toBe(420);
    const d = fitSquares(layout, box);
    expect(Math.abs(d.squares[0]!.px - (box.height - 8))).toBeLessThanOrEqual(0.5);
  });
  it.each([
    ['three short names', ['A', 'B', 'C']],
    ['five long names', Array.from({ length: 5 }, (_, i) => `A rather long name for plan number ${i + 1}`)],
  ])('%s: every name and value, and the inset, lie inside the box, no two names on each other', (_name, names) => {
    const layout = plans(names);
    const box = printBox(layout);
    const d = fitSquares(layout, box);
    const labelled = d.squares.filter((x) => x.labelled);
    for (const s of labelled) {
      expect(s.labelY - TYPE.label, s.id).toBeGreaterThanOrEqual(0);
      expect(s.labelY + TYPE.label * LEADING + 4, s.id).toBeLessThanOrEqual(box.height);
    }
    // (a name and its value take two lines)
    const ys = labelled.map((s) => s.labelY).sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(2 * TYPE.label * LEADING));
    expect(d.inset!.y).toBeGreaterThanOrEqual(0);
    expect(d.inset!.y + d.inset!.height).toBeLessThanOrEqual(box.height);
  });
});
