// A chart's share card (Open Graph, 1200 x 630) as SVG: the story's name and day, a title in large type (the
// chart's, or a step's opening) and the chart's sources on the left; on the right the chart itself, as its own component draws it on the
// server (its <svg>, styled by resvgCss), in the dark scheme like the story's card. Rendered to PNG at build
// time by card-png.ts, for a chart's embed page and for each step's share addresses.
import { textWidth, wrapText } from '../charts/text';
import { escapeHtml as esc } from '../escape';
import { colourReader } from '../tokens';
import { holdLastWords } from '../typography';
import { CARD_FONT } from './png';


export const CARD = { width: 1200, height: 630 } as const;
/** Where the chart is drawn on the card. */
export const CHART_BOX = { x: 600, y: 60, width: 560, height: 520 } as const;
// the card's type is the charts' own face (Inter), which wrapText measures. The title's first baseline is
// at titleTop and its last no lower than titleBottom, clear of three lines of sources.
const TEXT = { x: 64, width: 500, titleSizes: [46, 40, 34, 30, 27], leading: 1.18, titleTop: 215, titleBottom: 460, sourceLines: 3 } as const;

/** How many lines of title the column holds at a size. */
const titleLines = (px: number) => Math.floor((TEXT.titleBottom - TEXT.titleTop) / (px * TEXT.leading)) + 1;

export interface ChartCard {
  /** The chart's <svg> as its component renders it on the server. */
  chartSvg: string;
  /** Its styles, as resvg reads them (resvgCss). */
  css: string;
  /** The scheme's colour tokens ("--paper" -> "#…", src/lib/tokens.ts). */
  colour: Record<string, string>;
  /** The story's name. */
  site: string;
  /** The story's day, "Monday, 27 January 2025". */
  kicker: string;
  title: string;
  /** The chart's sources: "Sources" and each publisher, written out as far as the card has room. */
  sources: { label: string; names: string[] };
}

export function chartCardSvg(card: ChartCard): string {
  const c = colourReader(card.colour);
  // the largest size at which the column holds the whole title (the smallest one, cut, otherwise), its
  // last two words on one line
  const text = holdLastWords(card.title);
  const size = TEXT.titleSizes.find((px) => wrapText(text, TEXT.width, px, true).length <= titleLines(px)) ?? TEXT.titleSizes.at(-1)!;
  const lines = balanced(text, TEXT.width, size);
  const max = titleLines(size);
  const shown = lines.length > max ? [...lines.slice(0, max - 1), `${lines[max - 1]}…`] : lines;
  const title = shown.map((l, i) => `<tspan x="${TEXT.x}" y="${Math.round(TEXT.titleTop + i * size * TEXT.leading)}">${esc(l)}</tspan>`).join('');
  const sourceLines = sourcesLines(card.sources.label, card.sources.names);
  const sources = sourceLines.map((l, i) => `<tspan x="${TEXT.x}" y="${566 - (sourceLines.length - 1 - i) * 28}">${esc(l)}</tspan>`).join('');
  const { x, y, width, height } = CHART_BOX;
  // the chart's root <svg> placed in its box: its viewBox scales the drawing to fit, top-aligned
  const chart = card.chartSvg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(x|y|width|height)="[^"]*"/g, '');
    return `<svg x="${x}" y="${y}" width="${width}" height="${height}"${kept}>`;
  });
  const font = CARD_FONT;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
  <style>${card.css}</style>
  <rect width="${CARD.width}" height="${CARD.height}" fill="${c('--paper')}"/>
  <rect x="0" y="0" width="${CARD.width}" height="10" fill="${c('--accent')}"/>
  <text x="${TEXT.x}" y="100" font-family="${font}" font-size="24" font-weight="bold" fill="${c('--ink')}">${esc(card.site)}</text>
  <text x="${TEXT.x}" y="136" font-family="${font}" font-size="24" fill="${c('--c-fall')}">${esc(card.kicker)}</text>
  <text font-family="${font}" font-size="${size}" font-weight="bold" fill="${c('--ink')}">${title}</text>
  <text font-family="${font}" font-size="22" fill="${c('--ink-soft')}">${sources}</text>
  <g font-family="${font}" font-size="14">${chart}</g>
</svg>`;
}

/** "Sources: A, B, C" in at most three lines: whole names as far as they fit, then "…" (a first name too long
 *  for three lines is cut). */
function sourcesLines(label: string, names: string[]): string[] {
  const lines = (text: string) => wrapText(text, TEXT.width, 22);
  let text = `${label}: ${names.join(', ')}`;
  for (let n = names.length - 1; n >= 1 && lines(text).length > TEXT.sourceLines; n--) text = `${label}: ${names.slice(0, n).join(', ')} …`;
  const out = lines(text).slice(0, TEXT.sourceLines);
  if (lines(text).length > TEXT.sourceLines) out[out.length - 1] += ' …';
  return out;
}

/** The title's lines at the column's line count, as even as they can be: of the widths that need no more
 *  lines, the one whose lines differ least in length, a line of a single word only where every width has one. */
function balanced(text: string, width: number, size: number): string[] {
  const count = wrapText(text, width, size, true).length;
  const score = (lines: string[]) => {
    const widths = lines.map((l) => textWidth(l, size, true));
    return lines.filter((l) => !/\s/.test(l)).length * 1e6 + Math.max(...widths) - Math.min(...widths);
  };
  let best = wrapText(text, width, size, true);
  for (let i = 1; i <= 24; i++) {
    const lines = wrapText(text, width * (1 - i / 48), size, true);
    if (lines.length === count && score(lines) < score(best)) best = lines;
  }
  return best;
}
