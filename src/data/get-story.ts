// The story for one language, built from Astro's content collections (the page-side reader of content/).
import { getCollection } from 'astro:content';
import type { Locale } from '../lib/format';
import { buildStory, type ContentInput, type StoryModel } from '../lib/content/story';

export async function getStory(locale: Locale): Promise<StoryModel> {
  const [story, facts, sources, charts] = await Promise.all([
    getCollection('story'),
    getCollection('facts'),
    getCollection('sources'),
    getCollection('charts'),
  ]);
  const input: ContentInput = {
    sections: story.map((entry) => ({
      file: `content/story/${entry.id}.md`,
      locale: entry.id.split('/')[0] as Locale,
      lineOffset: 0,
      frontmatter: entry.data,
      body: entry.body ?? '',
    })),
    factsFile: 'content/facts.yaml',
    facts: Object.fromEntries(facts.map((f) => [f.id, f.data])),
    sourcesFile: 'content/sources.yaml',
    sources: Object.fromEntries(sources.map((s) => [s.id, s.data])),
    charts: charts.map((c) => c.data),
  };
  return buildStory(input, locale);
}
