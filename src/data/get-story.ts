// The story in one language, from the content collection built by the story loader.
import { getEntry } from 'astro:content';
import type { StoryModel } from '../lib/content/story';
import type { Locale } from '../lib/format';

export async function getStory(locale: Locale): Promise<StoryModel> {
  const entry = await getEntry('story', locale);
  if (!entry) throw new Error(`No story for "${locale}": check content/story/${locale}/`);
  return entry.data;
}
