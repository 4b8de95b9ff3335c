// WCAG 2.x relative luminance and contrast ratio of CSS colours (#rgb, #rrggbb, rgb() or rgba()), for the
// token tests and the browser tests that read computed colours.

/** A colour's red, green and blue, from 0 to 1. */
function channels(colour: string): [number, number, number] {
  if (colour.startsWith('#')) {
    let h = colour.slice(1);
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
  }
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined) throw new Error(`not a colour: ${colour}`);
  return [r! / 255, g! / 255, b / 255];
}

/** A colour's linear (not gamma-encoded) red, green and blue, for luminance and CIELAB. */
export const linearRgb = (colour: string) =>
  channels(colour).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];

export function luminance(colour: string): number {
  const [r, g, b] = linearRgb(colour);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
