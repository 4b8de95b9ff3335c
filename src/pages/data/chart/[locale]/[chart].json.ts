// /data/chart/{locale}/{chart-id}.json: what a chart's island draws at every step (lib/charts/island-data.ts),
// fetched by the page when the chart nears the screen, so that it stays out of the page's HTML.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../../../data/get-story';
import { islandJson } from '../../../../lib/charts/island-data';
import type { ChartModel } from '../../../../lib/content/model';
import { LOCALES } from '../../../../lib/format';

export const getStaticPaths = (async () => {
  const stories = await Promise.all(LOCALES.map(async (locale) => ({ locale, story: await getStory(locale) })));
  return stories.flatMap(({ locale, story }) => story.sections.flatMap((s) => s.charts).map((chart) => ({ params: { locale, chart: chart.id }, props: { chart } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartModel }> = ({ props }) =>
  new Response(islandJson(props.chart), { headers: { 'content-type': 'application/json' } });
