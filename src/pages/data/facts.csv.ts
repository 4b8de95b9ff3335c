// /data/facts.csv: the story's whole facts registry, every digit as written, each figure's source spelled out.
import type { APIRoute } from 'astro';
import { csvFormat } from 'd3-dsv';
import { getStory } from '../../data/get-story';
import { textIn } from '../../lib/content/schemas';
import { factsCsvRows } from '../../lib/fact-receipts';

export const GET: APIRoute = async () => {
  const story = await getStory('en');
  const rows = factsCsvRows(story).map((r) => {
    const source = story.sources[r.source];
    return { ...r, source_name: source ? textIn(source.publisher, 'en') : '', source_url: source?.url ?? source?.readAt ?? '' };
  });
  return new Response(csvFormat(rows) + '\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
