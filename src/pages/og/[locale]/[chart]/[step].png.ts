// /og/<locale>/<chart>/<n>.png: a chart's share card at one step, the image of that step's share address
// (an embed at the step, a slide of the presentation): the chart as the step draws it, under the step's lead.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../../../data/get-story';
import { LOCALES, type Locale } from '../../../../lib/format';
import { chartCardPng } from '../../../../lib/share/card-png';
import { chartSteps } from '../../../../lib/share/share-pages';

export const getStaticPaths = (async () =>
  (await Promise.all(LOCALES.map(async (locale) => chartSteps(await getStory(locale)).map(({ chart, step }) => ({ params: { locale, chart: chart.id, step: String(step.local) } }))))).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await getStory(params.locale as Locale);
  const { chart, step, title } = chartSteps(story).find((s) => s.chart.id === params.chart && String(s.step.local) === params.step)!;
  const png = chartCardPng(story, chart, chart.layouts[step.local - 1]!, title);
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
