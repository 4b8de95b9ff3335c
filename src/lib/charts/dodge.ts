// Spreads labels along one axis so that none sits closer than `gap` to the next, moving as little as
// possible and staying within [min, max]. Used for labels beside squares and at the ends of lines.
export function dodge(wanted: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.min(Math.max(o.y, min), max));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed.at(-1) ?? 0) - max;
  if (overflow > 0) for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.max(min, k === placed.length - 1 ? placed[k]! - overflow : Math.min(placed[k]!, placed[k + 1]! - gap));
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
