// /og/<locale>/<chart>.png: each chart's share card, the image a link to its embed page shows in a chat or a
// learning platform: the chart in its most informative state (its printout's), under its title.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../../data/get-story';
import { LOCALES, type Locale } from '../../../lib/format';
import { chartCardPng } from '../../../lib/share/card-png';

export const getStaticPaths = (async () =>
  (
    await Promise.all(LOCALES.map(async (locale) => (await getStory(locale)).sections.flatMap((s) => s.charts.map((c) => ({ params: { locale, chart: c.id } })))))
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await getStory(params.locale as Locale);
  const chart = story.sections.flatMap((s) => s.charts).find((c) => c.id === params.chart)!;
  const png = chartCardPng(story, chart, chart.printLayout ?? chart.layouts.at(-1)!, chart.title);
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
