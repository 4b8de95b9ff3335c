// The shapes of everything under content/: section frontmatter, facts, sources and chart metadata.
// Read by story.ts, which checks content/ for the build, the dev server and `npm run check` alike.
import { z } from 'astro/zod';
import { barsOptions } from '../charts/bars';
import { linesOptions } from '../charts/lines-kind';
import { ROW_TONES } from '../charts/row-bars';
import { UNITS } from '../format';

/** How every id is written: the URL fragments, file names and addresses built from it need no escaping. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, 'use lower-case letters, digits and single hyphens, e.g. "market-moves"');

/** YAML reads 2025-01-27 as a date; editors may also quote it. Either way we keep the ISO day string. */
const isoDay = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
);

export const sectionSchema = z.strictObject({
  /** Language-neutral id: the URL fragment, the same in every language. */
  id,
  /** Position in the story: sections are sorted by it, so any number works (2.5 goes between 2 and 3). */
  order: z.number({ message: 'write the place in the story as a number, e.g. 3, or 2.5 to go between 2 and 3' }).positive('must be above 0'),
  title: z.string().min(1),
  /** The section's name in the header as the reader scrolls ("Record loss"), where a phone leaves room for about
   *  fifteen letters; without it, the title. */
  short: z.string().min(1).max(15, 'keep it to 15 characters: the header on a phone has room for no more').optional(),
  /** Small line above the title (the story's name on the first section). */
  kicker: z.string().min(1).optional(),
  /** "sources" appends every source and correction of the story to the section's text. */
  kind: z.enum(['story', 'sources']).default('story'),
  /** Sources for claims in this section that are not figures (figures cite theirs through facts). */
  sources: z.array(z.string()).default([]),
});
export type SectionFrontmatter = z.infer<typeof sectionSchema>;

const factCommon = {
  asOf: isoDay.optional(),
  note: z.string().optional(),
  /** How prose shows it, where the unit's rule (at most one decimal) is not right: { decimals: 0 }. */
  display: z.strictObject({ decimals: z.number().int().min(0).max(2) }).optional(),
  /** How it is calculated from other facts, e.g. "(nvidia-close-before - nvidia-close) * nvidia-shares";
   *  the check recomputes it. */
  calc: z.string().min(1).optional(),
};

/** A figure typed into the registry, with its unit and source. */
export const factValueSchema = z.strictObject({
  value: z.number(),
  unit: z.enum(UNITS),
  source: z.string().min(1),
  /** Digits to show when the value has trailing zeros YAML drops (17.40). */
  decimals: z.number().int().min(0).max(6).optional(),
  ...factCommon,
});

/** A figure read from a chart dataset, which gives its unit and source. */
export const factFromSchema = z.strictObject({
  /** "<chart-id>/<row-id>", or "<chart-id>/<row-id>/<column>" for a column other than the chart's value. */
  from: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9.^-]+(\/[a-z0-9_]+)?$/, 'write it as <chart-id>/<row-id> or <chart-id>/<row-id>/<column>'),
  ...factCommon,
});

const localized = z.strictObject({ en: z.string().min(1), de: z.string().min(1) });

/** Text that is the same in both languages, or given per language as { en, de }. */
const text = z.union([z.string().min(1), localized]);
export type Text = z.infer<typeof text>;

/** The text for a language. */
export function textIn(value: Text, locale: 'en' | 'de'): string {
  return typeof value === 'string' ? value : value[locale];
}

export const sourceSchema = z
  .strictObject({
    publisher: text,
    /** The exact headline, when there is one. */
    title: z.string().min(1).optional(),
    /** What the source is, when it has no headline. */
    about: text.optional(),
    date: isoDay.optional(),
    /** The original publisher's page. */
    url: z.url().optional(),
    /** Where the text was read, for syndicated copies. */
    readAt: z.url().optional(),
    note: text.optional(),
  })
  .refine((s) => s.title || s.about, { message: 'give a title (the headline) or an about line', path: ['title'] });
export type Source = z.infer<typeof sourceSchema>;

export const chartMetaSchema = z.strictObject({
  title: localized,
  description: localized,
  /** Heading of the value column in the data table, e.g. "Change on 27 January". */
  valueLabel: localized,
  unit: z.enum(UNITS),
  /** A chart without code of its own: "bars" (row bars, src/lib/charts/bars.ts, laid out as `bars:` says),
   *  "lines" (src/lib/charts/lines-kind.ts, as `lines:` says) or "squares" (src/lib/charts/squares-kind.ts). */
  kind: z.enum(['bars', 'lines', 'squares'], { message: 'a dataset can name the kind "bars" (row bars), "lines" or "squares"' }).optional(),
  bars: barsOptions,
  lines: linesOptions,
  /** The CSV column the chart draws and facts read. */
  valueColumn: z.string().min(1),
  /** A column with the low end of a range whose high end is the value (Meta's $60–65bn), for tables. */
  lowColumn: z.string().min(1).optional(),
  sources: z.array(z.string()).min(1),
  /** The source line under the chart, for when its sources' publishers joined make a line too long for a
   *  phone (which shows two lines): every source named, shortened, e.g. { en: "company filings (SEC);
   *  Sharadar; own calculation" }. The sources section still lists each in full. Without it, the line
   *  joins the publishers. */
  credit: localized.optional(),
  /** The chart's most informative state, for printouts: attributes as on a step, e.g. { highlight: "" }. */
  print: z.record(z.string(), z.string()).optional(),
  /** Line charts: each line's name and colour, keyed by what tells the lines apart (margins: the company
   *  column; a chart with one line: any key). */
  series: z.record(z.string(), z.strictObject({ name: localized, tone: z.enum(ROW_TONES).optional() })).default({}),
  /** The value axis's unit, e.g. { en: "$bn", de: "Mrd. $" }. */
  axis: localized.optional(),
  /** Notes the chart adds at some steps: a text (facts may be cited) pointing at a row, or spanning two. */
  notes: z
    .array(
      z.strictObject({
        /** The row the note points at. */
        at: z.string().min(1),
        /** A second row: the note spans both with a bracket. */
        to: z.string().min(1).optional(),
        /** The steps that show it: "2", "2-" (from step 2 on), "1-3", "2,4". */
        steps: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\s*\d+\s*(-\s*(\d+)?)?\s*(,\s*\d+\s*(-\s*(\d+)?)?\s*)*$/, 'write the steps as "2", "2-", "1-3" or "2,4"')),
        text: localized,
      }),
    )
    .default([]),
}).refine((meta) => meta.kind !== 'lines' || meta.lines !== undefined, { message: 'a lines chart names its x column: lines: { x: date }', path: ['lines'] });
export type ChartMeta = z.infer<typeof chartMetaSchema>;

const entry = z.strictObject({ term: z.string().min(1), definition: z.string().min(1) });

/** One glossary term (content/glossary.yaml), in both languages. */
export const glossaryEntrySchema = z.strictObject({ en: entry, de: entry });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

const perLanguage = <T extends z.ZodType>(schema: T) => z.strictObject({ en: schema, de: schema });

/** The story's masthead (content/meta.yaml): byline, dates, the opening picture and the closing notes. */
export const metaSchema = z.strictObject({
  /** Who made it, as printed under the headline. */
  byline: localized,
  /** First published, and last changed in a way readers should know about. */
  published: isoDay,
  updated: isoDay,
  /** The opening picture: a line chart of the story, the day it turns on, and the figure it states. */
  hero: z.strictObject({
    chart: id,
    /** The row (day) the picture marks. */
    mark: z.string().min(1),
    /** The fact printed beside the mark. */
    fact: id,
    /** The sentence that goes with the figure, e.g. "the largest one-day loss of any company". */
    caption: localized,
  }),
  /** The preview image when the story is shared: two facts in large type, a line, and a row chart's bars. */
  share: z.strictObject({
    /** A row-bars chart: its printout's solid bars (not the outlined indexes), drawn small. */
    chart: id,
    /** The fact in the largest type, and the one under it. */
    figure: id,
    detail: id,
    /** The line under the figures, e.g. "Nvidia's fall and loss of market value in one day". */
    caption: localized,
  }),
  /** How the story was made, for the closing notes (markdown; facts and terms work). */
  methodology: localized,
  /** Who did what, for the closing notes. */
  credits: localized,
});

/** The teaching page (content/teach.yaml). */
export const teachSchema = z.strictObject({
  title: localized,
  intro: localized,
  goals: perLanguage(z.array(z.string().min(1)).min(1)),
  /** Two or three questions per story section, keyed by section id. */
  questions: z.record(z.string(), perLanguage(z.array(z.string().min(1)).min(2, 'give two or three questions').max(3, 'give two or three questions'))),
});
