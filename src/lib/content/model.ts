// The story's data model: what the content readers hand in (ContentInput) and what the pages render
// (StoryModel: sections, their blocks and charts, the teaching page, the masthead). Types only.
import type { ChartKind, LayoutOf } from '../charts/registry';
import type { Locale, Unit } from '../format';
import type { ResolvedFact } from './facts';
import type { Correction } from './markdown';
import type { SectionFrontmatter, Source } from './schemas';

export type { ResolvedFact } from './facts';

export interface SectionInput {
  file: string;
  locale: Locale;
  /** Lines before the body, for error line numbers. */
  lineOffset: number;
  /** The line of each top-level frontmatter field ("title" -> 4), for error line numbers. */
  fieldLines?: Record<string, number>;
  frontmatter: unknown;
  body: string;
}

export interface ChartInput {
  id: string;
  metaFile: string;
  csvFile: string;
  meta: unknown;
  csv: string;
}

export interface ContentInput {
  sections: SectionInput[];
  factsFile: string;
  facts: Record<string, unknown>;
  sourcesFile: string;
  sources: Record<string, unknown>;
  glossaryFile: string;
  glossary: Record<string, unknown>;
  teachFile: string;
  teach: unknown;
  metaFile: string;
  meta: unknown;
  charts: ChartInput[];
}


/** A dataset row as its chart definition reads it, plus the decimals its value was written with. */
export type ChartRow = { id: string; source: string; decimals: number } & Record<string, unknown>;

interface ChartModelBase {
  id: string;
  title: string;
  /** HTML: figures in it are cited facts, printed for the language. */
  description: string;
  valueLabel: string;
  unit: Unit;
  valueColumn: string;
  /** The column with the low end of a range, if any. */
  lowColumn?: string;
  /** Typed rows, as the chart's definition reads them. */
  rows: ChartRow[];
  /** Each row's name in the data table, by id, for datasets without label columns. */
  rowNames?: Record<string, string>;
  /** The chart state for each step, index 0 = step 1. */
  states: Record<string, unknown>[];
  sources: string[];
  /** The source line under the chart, when its metadata writes one (else the publishers are joined). */
  credit?: string;
}

/** What a chart draws, typed by its kind (which island draws it): the layout at each step in this language
 *  (index 0 = step 1), and what a printout shows (its metadata's print state, else the last step's). Both
 *  are empty only for a chart with content problems, and then no page is built. */
export type ChartDrawing = { [K in ChartKind]: { kind: K; layouts: LayoutOf[K][]; printLayout?: LayoutOf[K] } }[ChartKind];

export type ChartModel = ChartModelBase & ChartDrawing;

export interface StepModel {
  /** Position in the section, from 1 (the step's link). */
  n: number;
  /** Position among its chart's steps, from 1 (the chart state it shows). */
  local: number;
  html: string;
}

export type SectionBlock =
  | { kind: 'prose'; html: string }
  | { kind: 'scrolly'; chart: ChartModel; steps: StepModel[] };

export interface SectionModel {
  id: string;
  order: number;
  title: string;
  /** The name in the header (the frontmatter's `short`, else the title). */
  short: string;
  kicker?: string;
  /** 'sources' sections list every source and correction after their text. */
  kind: SectionFrontmatter['kind'];
  blocks: SectionBlock[];
  /** Every step of the section, in order. */
  steps: StepModel[];
  /** Every chart of the section, in order. */
  charts: ChartModel[];
  corrections: Correction[];
  /** Fact ids cited in the text, in order. */
  facts: string[];
  /** Glossary term ids cited in the text. */
  terms: string[];
  /** Every source the section relies on: its own, its facts', its charts'. */
  sources: string[];
}

export interface TeachModel {
  title: string;
  /** HTML. */
  intro: string;
  /** HTML, one per goal. */
  goals: string[];
  glossary: { id: string; term: string; definition: string }[];
  questions: { sectionId: string; sectionTitle: string; questions: string[] }[];
}

/** The masthead in one language (content/meta.yaml). */
export interface MetaModel {
  byline: string;
  published: string;
  updated: string;
  hero: { chart: string; mark: string; fact: string; caption: string };
  /** The preview image: a row chart, two facts and a line of text (plain). */
  share: { chart: string; figure: string; detail: string; caption: string };
  /** HTML. */
  methodology: string;
  /** HTML. */
  credits: string;
}

export interface StoryModel {
  locale: Locale;
  meta: MetaModel;
  sections: SectionModel[];
  sources: Record<string, Source>;
  facts: Record<string, ResolvedFact>;
  teach: TeachModel;
}
