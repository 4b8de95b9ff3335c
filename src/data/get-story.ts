// The story in one language, from the content collection built by the story loader. On the dev server, a
// content problem replaces every page with Astro's error overlay, listing each problem (file, line, fix).
import { getCollection } from 'astro:content';
import { formatContentErrors } from '../lib/content/errors';
import type { StoryModel } from '../lib/content/model';
import type { Locale } from '../lib/format';

export async function getStory(locale: Locale): Promise<StoryModel> {
  const entries = await getCollection('story');
  const problems = entries.find((e) => e.id === 'problems');
  if (problems && 'problems' in problems.data) {
    const error = new Error(formatContentErrors(problems.data.problems));
    // shown by the overlay as title and hint; no code frame (the problem is in content/, not in this file)
    Object.assign(error, { name: 'Content problem', hint: 'Fix the file and line named above (content/README.md explains each kind of entry). This page reloads by itself when the content is right again.', stack: '' });
    throw error;
  }
  const entry = entries.find((e) => e.id === locale);
  if (!entry || !('sections' in entry.data)) throw new Error(`No story for "${locale}": check content/story/${locale}/`);
  return entry.data;
}
