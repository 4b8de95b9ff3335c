// Line segments against boxes and each other, for placing labels clear of the lines they do not label: the
// line charts' labels and leaders (lines.ts) and the opening's move beside its fall (hero.ts).
import type { Box } from './text';

/** Whether two line segments cross. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** A point in px: x, y. */
export type Point = readonly [number, number];

/** Whether a point lies in a box, its edges included. */
export const inBox = ([x, y]: Point, b: Box) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

/** Whether a line segment's own extent shares no part of a box's: most segments pass well away from a label,
 *  and this tells so quickly. */
export const apart = (a: Point, b: Point, box: Box) =>
  Math.max(a[0], b[0]) < box.x || Math.min(a[0], b[0]) > box.x + box.width || Math.max(a[1], b[1]) < box.y || Math.min(a[1], b[1]) > box.y + box.height;

/** Whether a line segment passes through a box: an end inside it, or crossing one of its diagonals (a line
 *  through a box from one side to another crosses one). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  const [x1, y1, x2, y2] = [box.x, box.y, box.x + box.width, box.y + box.height];
  return !apart(a, b, box) && (inBox(a, box) || inBox(b, box) || segmentsCross(a, b, [x1, y1], [x2, y2]) || segmentsCross(a, b, [x2, y1], [x1, y2]));
}
