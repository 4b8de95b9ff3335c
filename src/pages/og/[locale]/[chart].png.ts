// /og/<locale>/<chart>.png: each chart's share card, the image a link to its embed page shows in a chat or a
// learning platform: the chart in its most informative state (its printout's), drawn by its own component on
// the server and rendered to PNG at build time, in the dark scheme of the story's own card.
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'svelte/server';
import Chart from '../../../components/charts/Chart.svelte';
import { getStory } from '../../../data/get-story';
import { ui } from '../../../i18n/ui';
import { islandJson } from '../../../lib/charts/island-data';
import type { ChartDrawing } from '../../../lib/content/model';
import { textIn } from '../../../lib/content/schemas';
import { LOCALES, type Locale } from '../../../lib/format';
import { heroKicker } from '../../../lib/hero';
import { chartCardSvg } from '../../../lib/share/chart-card';
import { componentScope, resvgCss, svelteStyles, toneTokens } from '../../../lib/share/resvg-css';
import { colourTokens } from '../../../lib/tokens';
import axesCss from '../../../styles/axes.css?raw';
import tokensCss from '../../../styles/tokens.css?raw';

export const getStaticPaths = (async () =>
  (
    await Promise.all(LOCALES.map(async (locale) => (await getStory(locale)).sections.flatMap((s) => s.charts.map((c) => ({ params: { locale, chart: c.id } })))))
  ).flat()) satisfies GetStaticPaths;

// every chart component's own styles, each inside charts of its own kind, and the axes they share
const components = import.meta.glob<string>('../../../components/charts/**/*.svelte', { query: '?raw', import: 'default', eager: true });
const CHART_STYLES = [...Object.values(components).map((source) => ({ css: svelteStyles(source), scope: componentScope(source) })), { css: axesCss, scope: '.chart' }];

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const story = await getStory(locale);
  const chart = story.sections.flatMap((s) => s.charts).find((c) => c.id === params.chart)!;
  const colour = colourTokens(tokensCss).dark;
  // the printout's state as the chart's only step
  const still = { ...chart, layouts: [chart.printLayout ?? chart.layouts.at(-1)] } as ChartDrawing;
  const { body } = render(Chart, { props: { data: islandJson(still), uid: `card-${chart.id}` } });
  const chartSvg = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
  const publishers = [...new Set(chart.sources.map((id) => (story.sources[id] ? textIn(story.sources[id]!.publisher, locale) : id)))];
  const svg = chartCardSvg({
    chartSvg,
    css: resvgCss(CHART_STYLES, colour, toneTokens(tokensCss)).css,
    colour,
    site: ui(locale).siteTitle,
    kicker: heroKicker(story.meta.hero.mark, locale),
    title: chart.title,
    sources: { label: ui(locale).toolSources, names: publishers },
  });
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
