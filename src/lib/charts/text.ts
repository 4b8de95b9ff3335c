// Text in charts: the constant type sizes every chart uses whatever its size, an estimate of how wide a
// string sets (so layouts can place labels without a browser), line wrapping, and boxes for collision checks.
// Small and free of libraries (one constant comes from lib/word-joiner.ts): it runs at build time and in
// the browser.
import { WORD_JOINER } from '../word-joiner';

/** Type sizes in px: they stay the same at every chart size. With the weights the charts set (400, 600 for
 *  reference labels, 700 for emphasis, upright: Inter has no italic of its own here), each size and weight is
 *  one the page's own text sets too, so that a chart's first drawing asks the system for no new font strike
 *  (on Linux each is a round trip to the browser process: in a trace of the first chart's first layout at 4x
 *  CPU, font work went from 29-36 ms to 18-29 ms without the four the charts alone had set). */
export const TYPE = { tick: 12, label: 14, note: 14 } as const;

/** Line height of chart text, as a multiple of its size. */
export const LEADING = 1.25;

/** Average advance of characters, in em, for the charts' sans (tabular figures); bold sets wider; a word
 *  joiner (typeset holds hyphens with it) has none. Generous on purpose: a label that is estimated wider
 *  than it is leaves air, one estimated narrower would collide. */
const NARROW = /[ il.,:;'’|!()[\]\u2009\u00a0-]/;
const WIDE = /[MWmw@—–]/;
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  // Inter: capitals about 0.68 em, tabular digits 0.65 em, % about 0.98 em
  for (const ch of text) em += ch === WORD_JOINER ? 0 : NARROW.test(ch) ? 0.3 : ch === '%' ? 0.98 : WIDE.test(ch) ? 0.86 : /[A-Z0-9$€≈−+]/.test(ch) ? 0.68 : 0.55;
  return em * size * (bold ? 1.06 : 1);
}

/** Splits text into lines no wider than maxWidth (a single long word stays whole on its line). */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A rectangle in px: x and y of the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap by more than `slack` px in both directions. */
export function overlaps(a: Box, b: Box, slack = 0.5): boolean {
  return a.x + a.width - slack > b.x && b.x + b.width - slack > a.x && a.y + a.height - slack > b.y && b.y + b.height - slack > a.y;
}

/** The box of a block of text lines at (x, y baseline of the first line), anchored start, middle or end. */
export function textBox(lines: readonly string[], x: number, y: number, size: number, anchor: 'start' | 'middle' | 'end' = 'start', bold = false): Box {
  const width = Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const ascent = size * 0.8;
  return { x: left, y: y - ascent, width, height: ascent + size * 0.25 + (lines.length - 1) * size * LEADING };
}

/** Rounds to hundredths of a px, so drawings are stable and small. */
export const round = (n: number) => Math.round(n * 100) / 100;
