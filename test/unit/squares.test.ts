// The squares chart's leaders (lib/charts/squares.ts): the line from (0,0) to (1,1), moved and stretched so
// that it runs from a square's corner to its name, whatever their places.
import { describe, expect, it } from 'vitest';
import { leaderTransform } from '../../src/lib/charts/squares';

/** Where the transform puts the line's two ends. */
function ends(transform: string): [number, number, number, number] {
  const [tx, ty, sx, sy] = transform.match(/-?\d+(\.\d+)?/g)!.map(Number) as [number, number, number, number];
  return [tx, ty, tx + sx, ty + sy];
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
    ['level', { x: 100, y: 40 }, { x: 180, y: 40 }, /scale\(80,0\.01\)$/],
    ['upright', { x: 100, y: 300 }, { x: 100, y: 40 }, /scale\(0\.01,-260\)$/],
  ])('a %s leader is stretched across by a hundredth of a px, never by 0', (_name, from, to, scale) => {
    expect(leaderTransform(from, to)).toMatch(scale);
  });
});
