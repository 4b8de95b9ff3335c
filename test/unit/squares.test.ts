// The squares chart's leaders (lib/charts/squares.ts): where each meets its square, and the transform that
// draws it, the line from (0,0) to (1,0), moved and taken by a matrix so that it runs from a square to its
// name, whatever their places.
import { describe, expect, it } from 'vitest';
import { fitSquares, leaderTransform, type SquareMark } from '../../src/lib/charts/squares';

/** Nested squares of nearly the same size, whose names cannot all stand level with their corners. */
const square = (id: string, side: number): SquareMark => ({ id, label: id, valueText: '$1bn', tone: 'other', visible: true, highlighted: false, side });
const crowded = { squares: [square('largest', 1), square('near', 0.97), square('nearer', 0.95), square('small', 0.2)], insetLabel: 'enlarged' };

describe('fitSquares: leaders', () => {
  it.each([
    ['a phone', { width: 358, height: 430 }],
    ['a small phone', { width: 288, height: 270 }],
    ['a laptop', { width: 784, height: 585 }],
  ])('on %s, a name that stands beside its square is joined to its right side by a level leader, any other to its top corner or just above its foot', (_name, size) => {
    const d = fitSquares(crowded, size);
    const labelled = d.squares.filter((s) => s.labelled);
    // the names are pushed down from their corners, at least one of them level with its square's side
    const top = (s: (typeof labelled)[number]) => d.originY - s.px;
    expect(labelled.some((s) => s.labelY - 5 > top(s))).toBe(true);
    for (const s of labelled) {
      const anchorY = s.labelY - 5;
      expect(s.leaderTo.x).toBeCloseTo(d.originX + s.px, 1);
      expect(s.leaderTo.y).toBeCloseTo(anchorY < top(s) ? top(s) : Math.min(anchorY, d.originY - 6), 1);
    }
  });
});

/** Where the transform puts the line's two ends. */
function ends(transform: string): [number, number, number, number] {
  const [tx, ty, a, b, ...rest] = transform.match(/-?\d+(\.\d+)?/g)!.map(Number) as [number, number, number, number, ...number[]];
  expect(rest).toEqual([0, 1, 0, 0]);
  return [tx, ty, tx + a, ty + b];
}

describe('leaderTransform', () => {
  it.each([
    ['up and to the right', { x: 100, y: 300 }, { x: 180, y: 40 }],
    ['down and to the right', { x: 12.5, y: 10 }, { x: 80.25, y: 96 }],
    ['to the left', { x: 200, y: 50 }, { x: 150, y: 60 }],
  ])('%s: from the first point to the second', (_name, from, to) => {
    expect(ends(leaderTransform(from, to))).toEqual([from.x, from.y, to.x, to.y]);
  });

  it.each([
    ['level', { x: 100, y: 40 }, { x: 180, y: 40 }],
    ['nearly level', { x: 100, y: 40 }, { x: 380, y: 40.01 }],
  ])('a %s leader keeps a matrix that can be inverted (its vertical unit)', (_name, from, to) => {
    const [a, b, c, d] = leaderTransform(from, to).match(/matrix\((.*)\)/)![1]!.split(',').map(Number) as [number, number, number, number];
    expect(Math.abs(a * d - b * c)).toBeGreaterThanOrEqual(1);
  });
});
