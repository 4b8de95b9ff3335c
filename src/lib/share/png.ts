// SVG to PNG at build time (resvg), for the story's preview images and the charts' share cards, set in the
// site's own sans: Inter regular and bold, cut by `npm run fonts` from Inter's own release into static
// TrueType files (resvg reads neither woff2 nor a variable weight axis) with every character the site sets
// (≈ and the arrows too), and DejaVu Sans for any other, as a browser falls back to a system face. No system
// font is read, so a card comes out the same on every machine that builds it. The files are read from the
// project's folder, where every build runs.
import { Resvg } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { WORD_JOINER } from '../word-joiner';

/** The family a card's text is set in. */
export const CARD_FONT = 'Inter Variable';

const FONT_FILES = ['inter-400', 'inter-700', 'fallback-400', 'fallback-700'].map((name) => resolve('src/assets/fonts/cards', `${name}.ttf`));
// a missing face would leave every card without its text, and no error: checked once, on the first card
let fontsFound = false;

/** The SVG as a PNG, at its own size or scaled to width px wide, its text in the card font. A non-breaking
 *  hyphen is set as a hyphen, and the word joiner that holds a hyphen to its word on the pages (typeset,
 *  keepHyphens) is dropped: resvg breaks no lines. */
export function svgToPng(svg: string, { width }: { width?: number } = {}): Uint8Array<ArrayBuffer> {
  if (!fontsFound) {
    for (const file of FONT_FILES) if (!existsSync(file)) throw new Error(`card font ${file} is missing: build from the project's folder, or run npm run fonts`);
    fontsFound = true;
  }
  return new Uint8Array(new Resvg(svg.replaceAll('\u2011', '-').replaceAll(WORD_JOINER, ''), {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: CARD_FONT },
    ...(width && { fitTo: { mode: 'width' as const, value: width } }),
  }).render().asPng());
}
