// /og/en.png and /og/de.png: the social preview images, rendered at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../data/get-story';
import { ui } from '../../i18n/ui';
import { LOCALES, type Locale } from '../../lib/format';
import { heroKicker } from '../../lib/hero';
import { ogImageSvg } from '../../lib/og-image';
import { svgToPng } from '../../lib/share/png';
import { colourTokens } from '../../lib/tokens';
import tokensCss from '../../styles/tokens.css?raw';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const story = await getStory(locale);
  const t = ui(locale);
  const svg = ogImageSvg(story, { title: t.siteTitle, kicker: heroKicker(story.meta.hero.mark, locale) }, colourTokens(tokensCss).dark);
  return new Response(svgToPng(svg), { headers: { 'content-type': 'image/png' } });
};
