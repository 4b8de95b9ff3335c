// The story in one language, from the content collection built by the story loader (on the dev server, from
// the loader's latest check, see story-loader.ts). On the dev server, a content problem replaces every page
// with Astro's error overlay, listing each problem (file, line, fix).
import { getCollection } from 'astro:content';
import type { ContentError } from '../lib/content/errors';
import type { StoryModel } from '../lib/content/model';
import type { Locale } from '../lib/format';
import { contentProblem, latestDevCheck } from './story-loader';

/** The stories by language, or the content's problems (on the dev server; a build stops on them). */
async function stories(): Promise<{ problems: ContentError[] } | { stories: Partial<Record<string, StoryModel>> }> {
  const latest = latestDevCheck();
  if (latest) return latest.ok ? { stories: latest.stories } : { problems: latest.errors };
  const entries = await getCollection('story');
  return { stories: Object.fromEntries(entries.flatMap((e) => ('sections' in e.data ? [[e.id, e.data]] : []))) };
}

export async function getStory(locale: Locale): Promise<StoryModel> {
  const found = await stories();
  if ('problems' in found) throw contentProblem(found.problems);
  const story = found.stories[locale];
  if (!story) throw new Error(`No story for "${locale}": check content/story/${locale}/`);
  return story;
}
