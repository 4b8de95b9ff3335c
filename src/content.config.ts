// The story as an Astro content collection: one entry per language, built from content/ by the story
// loader, or (dev server only) one entry "problems" listing what is wrong in content/.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { storyLoader } from './data/story-loader';
import type { ContentError } from './lib/content/errors';
import type { StoryModel } from './lib/content/model';

const story = defineCollection({
  loader: storyLoader(),
  schema: z.custom<StoryModel | { problems: ContentError[] }>((data) => typeof data === 'object' && data !== null && ('sections' in data || 'problems' in data)),
});

export const collections = { story };
