// /data/{chart-id}.csv: the data behind each chart, for download.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../data/get-story';
import { chartCsv } from '../../lib/charts/csv';
import type { ChartModel } from '../../lib/content/model';
import type { Source } from '../../lib/content/schemas';

export const getStaticPaths = (async () => {
  const story = await getStory('en');
  return story.sections.flatMap((s) => s.charts).map((chart) => ({ params: { chart: chart.id }, props: { chart, sources: story.sources } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartModel; sources: Record<string, Source> }> = ({ props }) =>
  new Response(chartCsv(props.chart, props.sources), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
