// /og/en.png and /og/de.png: the social preview images, rendered at build time.
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../data/get-story';
import { ui } from '../../i18n/ui';
import { LOCALES, type Locale } from '../../lib/format';
import { heroKicker } from '../../lib/hero';
import { ogImageSvg } from '../../lib/og-image';
import { colourTokens } from '../../lib/tokens';
import tokensCss from '../../styles/tokens.css?raw';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const story = await getStory(locale);
  const t = ui(locale);
  const svg = ogImageSvg(story, { title: t.siteTitle, kicker: heroKicker(story.meta.hero.mark, locale) }, colourTokens(tokensCss).dark);
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
