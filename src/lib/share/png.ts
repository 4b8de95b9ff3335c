// SVG to PNG at build time (resvg), for the story's preview images and the charts' share cards, set in the
// site's own sans: Inter regular and bold, cut by `npm run fonts` into static TrueType files (resvg reads
// neither woff2 nor a variable weight axis). No system font is read, so a card comes out the same on every
// machine that builds it. The files are read from the project's folder, where every build runs.
import { Resvg } from '@resvg/resvg-js';
import { resolve } from 'node:path';

/** The family a card's text is set in. */
export const CARD_FONT = 'Inter';

const FONT_FILES = [400, 700].map((weight) => resolve('src/assets/fonts/cards', `inter-${weight}.ttf`));

/** The SVG as a PNG, its text in the card font. The non-breaking hyphen of "DeepSeek‑Schock", which the
 *  face lacks, is set as a hyphen: resvg breaks no lines. */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(svg.replaceAll('\u2011', '-'), { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: CARD_FONT } }).render().asPng());
}
