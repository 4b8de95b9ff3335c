// The story as an Astro content collection: one entry per language, built from content/ by the story
// loader. The shapes of the files under content/ are zod schemas in src/lib/content/schemas.ts.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { storyLoader } from './data/story-loader';
import type { StoryModel } from './lib/content/story';

const story = defineCollection({
  loader: storyLoader(),
  schema: z.custom<StoryModel>((data) => typeof data === 'object' && data !== null && 'sections' in data),
});

export const collections = { story };
