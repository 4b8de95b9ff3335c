// Astro content collections over content/: the story sections (markdown, per language), the facts and
// sources registries (YAML) and the chart datasets (YAML metadata + CSV). Schemas live in src/lib/content.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readContentDir } from './lib/content/read-dir';
import { chartMetaSchema, factSchema, sectionSchema, sourceSchema } from './lib/content/schemas';

const story = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/story' }),
  schema: sectionSchema,
});

const facts = defineCollection({ loader: file('./content/facts.yaml'), schema: factSchema });

const sources = defineCollection({ loader: file('./content/sources.yaml'), schema: sourceSchema });

const charts = defineCollection({
  loader: async () => readContentDir(process.cwd()).input.charts,
  schema: z.object({ id: z.string(), metaFile: z.string(), csvFile: z.string(), meta: chartMetaSchema, csv: z.string() }),
});

export const collections = { story, facts, sources, charts };
