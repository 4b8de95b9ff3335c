// /favicon.png (32 px, a browser tab) and /apple-touch-icon.png (180 px, a phone's home screen): the site's
// icon, drawn at build time from public/favicon.svg (served too, as the icon at any size, for whoever asks for
// it). The pages link the PNGs: Chromium decodes an SVG icon by building a whole SVG document on the page's
// main thread after it loads (8 to 20 ms on these machines), a PNG in no time.
import type { APIRoute, GetStaticPaths } from 'astro';
import iconSvg from '../../public/favicon.svg?raw';
import { svgToPng } from '../lib/share/png';

/** Each icon's file name (without .png) and its size in px. */
const SIZES: Record<string, number> = { favicon: 32, 'apple-touch-icon': 180 };

export const getStaticPaths = (() => Object.keys(SIZES).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const size = SIZES[params.icon!]!;
  return new Response(svgToPng(iconSvg, { width: size }), { headers: { 'content-type': 'image/png' } });
};
