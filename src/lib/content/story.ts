// Content in, story out: validates raw content (frontmatter, facts, sources, chart CSVs), checks every
// cross-reference and both languages against each other, and builds the typed story a page renders.
// Pure: the readers (Astro collections for pages, the file system for `npm run check`) hand it plain data.
import { csvParseRows } from 'd3-dsv';
import { chartFor, idLists, type ChartDefinition, type ChartKind } from '../charts/registry';
import { formatProse } from '../display';
import { quoteProblems, typeset } from '../typography';
import { decimalsOf, LOCALES, type Locale, type Unit } from '../format';
import { resolveFacts, type Dataset, type ResolvedFact } from './facts';
import { noteShowsAt, type ChartNote, type ChartText } from '../charts/notes';
import { formatContentErrors, fromZodIssues, type ContentError } from './errors';
import { renderSectionBody, type Correction } from './markdown';
import { typedNumbers } from './prose-numbers';
import {
  chartMetaSchema,
  metaSchema,
  glossaryEntrySchema,
  teachSchema,
  sectionSchema,
  sourceSchema,
  type ChartMeta,
  type GlossaryEntry,
  type SectionFrontmatter,
  textIn,
  type Source,
  type Text,
} from './schemas';

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

export type { ResolvedFact } from './facts';

/** A dataset row as its chart definition reads it, plus the decimals its value was written with. */
export type ChartRow = { id: string; source: string; decimals: number } & Record<string, unknown>;

export interface ChartModel {
  id: string;
  /** Which island draws it. */
  kind: ChartKind;
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
  /** The chart state for each step, index 0 = step 1. */
  states: Record<string, unknown>[];
  /** What the chart draws at each step in this language (its definition's layout), index 0 = step 1. */
  layouts: unknown[];
  /** What a printout shows: the chart's most informative state (its metadata's print attributes, else the last step). */
  printLayout: unknown;
  sources: string[];
}

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

const GLOSSARY_LINK: Record<Locale, string> = { en: 'Glossary', de: 'Glossar' };

interface ParsedChart {
  input: ChartInput;
  meta: ChartMeta;
  /** How it is drawn (src/lib/charts/registry.ts). */
  definition: ChartDefinition;
  rows: ChartRow[];
  /** The rows as written, for facts that read them. */
  dataset: Dataset;
}

/** HTML as plain text, for text drawn in SVG. */
const plainText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A source's text as readers see it: apostrophes curled, dates held together. */
function typesetSource(s: Source): Source {
  const text = (t: Text | undefined) => (t === undefined ? undefined : typeof t === 'string' ? typeset(t) : { en: typeset(t.en), de: typeset(t.de) });
  return { ...s, publisher: text(s.publisher)!, title: s.title && typeset(s.title), about: text(s.about), note: text(s.note) };
}

/** Facts, sources and charts: the parts shared by both languages. */
function parseShared(input: ContentInput, errors: ContentError[]) {
  const sources: Record<string, Source> = {};
  for (const [id, raw] of Object.entries(input.sources)) {
    const r = sourceSchema.safeParse(raw);
    if (!r.success) {
      errors.push(...fromZodIssues(input.sourcesFile, r.error.issues, [id]));
      continue;
    }
    sources[id] = typesetSource(r.data);
    // headlines are quoted as published (in English); the rest is checked in each language it is written in
    const texts: [string, Locale, string | undefined][] = [['title', 'en', r.data.title]];
    for (const field of ['publisher', 'about', 'note'] as const)
      for (const locale of LOCALES) texts.push([field, locale, r.data[field] === undefined ? undefined : textIn(r.data[field]!, locale)]);
    for (const [field, locale, text] of texts)
      for (const problem of quoteProblems(text ?? '', locale)) errors.push({ file: input.sourcesFile, field: `${id}.${field}`, message: `${problem} (${locale})` });
  }
  const needSource = (file: string, field: string, id: string) => {
    if (!Object.hasOwn(sources, id))
      errors.push({ file, field, message: `unknown source "${id}"; add it to ${input.sourcesFile} or fix the id` });
  };

  const charts = new Map<string, ParsedChart>();
  for (const chart of input.charts) {
    const meta = chartMetaSchema.safeParse(chart.meta);
    if (!meta.success) {
      errors.push(...fromZodIssues(chart.metaFile, meta.error.issues));
      continue;
    }
    const definition = chartFor(chart.id, meta.data);
    if (!definition) {
      errors.push({ file: chart.metaFile, field: 'kind', message: `say how to draw "${chart.id}": add "kind: bars" for row bars (see content/README.md, "Add a chart dataset")` });
      continue;
    }
    meta.data.sources.forEach((s, i) => needSource(chart.metaFile, `sources.${i}`, s));
    for (const field of ['title', 'valueLabel'] as const)
      for (const locale of LOCALES)
        for (const problem of quoteProblems(meta.data[field][locale], locale)) errors.push({ file: chart.metaFile, field: `${field}.${locale}`, message: problem });
    const lines = csvParseRows(chart.csv).map((cells, i) => ({ cells, line: i + 1 }));
    const columns: string[] = lines[0]?.cells ?? [];
    const records = lines.slice(1);
    const rows: ChartRow[] = [];
    const dataset: Dataset = { id: chart.id, csvFile: chart.csvFile, meta: meta.data, rows: [] };
    const seen = new Set<string>();
    for (const field of ['valueColumn', 'lowColumn'] as const) {
      const column = meta.data[field];
      if (column !== undefined && !columns.includes(column))
        errors.push({ file: chart.metaFile, field, message: `the CSV has no column "${column}"` });
    }
    const filled = records.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
    filled.forEach(({ cells: record, line }) => {
      if (record.length !== columns.length) {
        errors.push({
          file: chart.csvFile,
          line,
          message: `the row has ${record.length} cells but the header has ${columns.length} (${columns.join(', ')}); a cell is missing or a comma too many`,
        });
        return;
      }
      const cells = Object.fromEntries(columns.map((c, j) => [c, record[j]!]));
      const r = definition.row.safeParse(cells);
      if (!r.success) {
        for (const issue of r.error.issues)
          errors.push({ file: chart.csvFile, line, field: issue.path.map(String).join('.'), message: issue.message });
        return;
      }
      if (seen.has(r.data.id))
        errors.push({ file: chart.csvFile, line, field: 'id', message: `duplicate row id "${r.data.id}"` });
      seen.add(r.data.id);
      needSource(chart.csvFile, `line ${line}, source`, r.data.source);
      rows.push({ ...r.data, decimals: decimalsOf(cells[meta.data.valueColumn] ?? '') });
      dataset.rows.push({ id: r.data.id, line, cells, source: r.data.source });
    });
    if (filled.length === 0) errors.push({ file: chart.csvFile, message: 'the dataset has no rows' });
    charts.set(chart.id, { input: chart, meta: meta.data, definition, rows, dataset });
  }

  const datasets = new Map([...charts].map(([id, c]) => [id, c.dataset]));
  const facts = resolveFacts(input.factsFile, input.facts, datasets, needSource, errors);
  const glossary: Record<string, GlossaryEntry> = {};
  for (const [id, raw] of Object.entries(input.glossary)) {
    const r = glossaryEntrySchema.safeParse(raw);
    if (r.success) glossary[id] = r.data;
    else errors.push(...fromZodIssues(input.glossaryFile, r.error.issues, [id]));
  }
  return { sources, charts, facts, glossary };
}

function buildLocale(
  input: ContentInput,
  locale: Locale,
  shared: ReturnType<typeof parseShared>,
  errors: ContentError[],
): { sections: SectionModel[]; teach: TeachModel; meta: MetaModel; citedFacts: Set<string>; stepLines: Map<string, number[][]> } {
  const sections: (SectionModel & { file: string })[] = [];
  /** Per section id: the line of every step, chart by chart (for messages comparing the languages). */
  const stepLines = new Map<string, number[][]>();
  const chartUse = new Map<string, string>();
  /** How a fact prints in this language; compact for text drawn in charts (German "Mrd. $"). */
  const factPrinter =
    (compact = false) =>
    (id: string) => {
      const f = shared.facts[id];
      return (
        f && {
          value: f.value,
          print: (options: { abs?: boolean; bare?: boolean; exact?: boolean }) =>
            formatProse({ value: f.value, unit: f.unit, decimals: f.decimals }, locale, { ...options, override: f.display, compact }),
        }
      );
    };
  const printFact = factPrinter();
  /** Every fact this language cites anywhere (prose, chart descriptions, glossary, teaching page). */
  const citedFacts = new Set<string>();
  /** Text from a YAML file (chart descriptions and notes, glossary, teaching page), with facts cited like the prose. */
  const renderText = (text: string, file: string, field: string, inline = false, compact = false) => {
    const { body, errors: found } = renderSectionBody(text, { file, locale, lineOffset: 0, fact: factPrinter(compact), term, idPrefix: field.replace(/\W+/g, '-') });
    body.facts.forEach((f) => citedFacts.add(f));
    errors.push(...found.map((e) => ({ ...e, line: undefined, field })));
    const html = body.blocks.map((b) => (b.kind === 'prose' ? b.html : '')).join('');
    return inline ? html.replace(/^<p>([\s\S]*)<\/p>$/, '$1') : html;
  };
  const term = (id: string) => {
    const entry = shared.glossary[id];
    return entry && { definition: renderText(entry[locale].definition, input.glossaryFile, `${id}.${locale}.definition`, true), href: `teach/#term-${id}`, linkText: GLOSSARY_LINK[locale], title: typeset(entry[locale].term) };
  };
  const describe = (text: string, file: string) => renderText(text, file, `description.${locale}`);
  for (const s of input.sections.filter((x) => x.locale === locale)) {
    const fm = sectionSchema.safeParse(s.frontmatter);
    if (!fm.success) {
      errors.push(...fromZodIssues(s.file, fm.error.issues).map((e) => ({ ...e, line: s.fieldLines?.[e.field?.split('.')[0] ?? ''] })));
      continue;
    }
    const front: SectionFrontmatter = fm.data;
    front.sources.forEach((id, i) => {
      if (!Object.hasOwn(shared.sources, id))
        errors.push({ file: s.file, field: `sources.${i}`, message: `unknown source "${id}"; add it to ${input.sourcesFile} or fix the id` });
    });
    for (const field of ['title', 'kicker'] as const) {
      const line = s.fieldLines?.[field];
      for (const problem of quoteProblems(front[field] ?? '', locale)) errors.push({ file: s.file, line, field, message: problem });
      for (const n of typedNumbers(front[field] ?? ''))
        errors.push({ file: s.file, line, field, message: `the number "${n}" is typed into the ${field}; a ${field} carries no figures (they cannot be cited there), so say it in words or move the figure into the text as :fact[id]` });
    }
    const { body, errors: bodyErrors } = renderSectionBody(s.body, {
      file: s.file,
      locale,
      lineOffset: s.lineOffset,
      fact: printFact,
      term,
      source: (id: string) => (Object.hasOwn(shared.sources, id) ? { href: shared.sources[id]!.url ?? shared.sources[id]!.readAt } : undefined),
      idPrefix: (s.frontmatter as { id?: string }).id,
    });
    errors.push(...bodyErrors);
    body.facts.forEach((f) => citedFacts.add(f));

    const blocks: SectionBlock[] = [];
    for (const block of body.blocks) {
      if (block.kind === 'prose') {
        blocks.push(block);
        continue;
      }
      const where = { file: s.file, line: block.line };
      const parsed = shared.charts.get(block.chart);
      if (!parsed) {
        errors.push({ ...where, field: `::chart[${block.chart}]`, message: `unknown chart "${block.chart}"; its data belongs in content/data/${block.chart}.csv and .yaml` });
        continue;
      }
      const other = chartUse.get(block.chart);
      if (other) errors.push({ ...where, field: `::chart[${block.chart}]`, message: `chart "${block.chart}" is already drawn in ${other}; each chart appears once` });
      chartUse.set(block.chart, s.file);
      const definition = parsed.definition;
      const ids = new Set(parsed.rows.map((r) => r.id));
      const firstError = errors.length;
      /** A step's (or the print view's) attributes as the chart's state, with every id it names checked. */
      const readState = (attributes: Record<string, string>, file: string, line: number | undefined, field: string) => {
        const r = definition.state.safeParse(attributes);
        if (!r.success) {
          for (const issue of r.error.issues) errors.push({ file, line, field: `${field}: ${issue.path.join('.') || 'attributes'}`, message: issue.message });
          return undefined;
        }
        const lists = new Map(idLists(definition, r.data));
        for (const [key, list] of lists)
          for (const id of list) if (!ids.has(id)) errors.push({ file, line, field: `${field}: ${key}`, message: `chart "${block.chart}" has no row "${id}"; its rows are in ${parsed.input.csvFile}` });
        const shown = lists.get('show');
        if (shown?.length) for (const id of lists.get('highlight') ?? []) if (ids.has(id) && !shown.includes(id)) errors.push({ file, line, field: `${field}: highlight`, message: `row "${id}" is highlighted but not shown; add it to show="…"` });
        return r.data;
      };
      const states = block.steps.map((step) => readState(step.attributes, s.file, step.line, `step ${step.n}`));
      // the chart's notes, printed for this language; each step gets those its steps spec includes
      const notes = parsed.meta.notes.map((note, i) => {
        for (const rowId of [note.at, note.to].filter((x): x is string => x !== undefined))
          if (!ids.has(rowId)) errors.push({ file: parsed.input.metaFile, field: `notes.${i}`, message: `chart "${block.chart}" has no row "${rowId}"` });
        const html = renderText(note.text[locale], parsed.input.metaFile, `notes.${i}.text.${locale}`, true, true);
        return { id: `note-${i + 1}`, row: note.at, toRow: note.to, steps: note.steps, text: plainText(html) };
      });
      const axis = parsed.meta.axis?.[locale];
      const textAt = (n: number): ChartText => ({ axis, notes: notes.filter((x) => noteShowsAt(x.steps, n)).map(({ steps: _steps, ...note }): ChartNote => note) });
      const printState = parsed.meta.print ? readState(parsed.meta.print, parsed.input.metaFile, undefined, 'print') : states.at(-1);
      const valid = errors.length === firstError && states.length > 0 && printState !== undefined; // this block is drawable
      const chart: ChartModel = {
        id: block.chart,
        kind: definition.kind,
        title: typeset(parsed.meta.title[locale]),
        description: describe(parsed.meta.description[locale], parsed.input.metaFile),
        valueLabel: typeset(parsed.meta.valueLabel[locale]),
        unit: parsed.meta.unit,
        valueColumn: parsed.meta.valueColumn,
        lowColumn: parsed.meta.lowColumn,
        rows: parsed.rows,
        states: states.map((x) => x ?? {}),
        layouts: valid ? states.map((state, i) => definition.layout(parsed.rows, state!, locale, textAt(i + 1))) : [],
        printLayout: valid ? definition.layout(parsed.rows, printState!, locale, textAt(states.length)) : undefined,
        sources: parsed.meta.sources,
      };
      blocks.push({ kind: 'scrolly', chart, steps: block.steps.map(({ n, local, html }) => ({ n, local, html })) });
    }

    stepLines.set(front.id, body.blocks.flatMap((b) => (b.kind === 'prose' ? [] : [b.steps.map((step) => step.line ?? 0)])));
    const scrollies = blocks.filter((b) => b.kind === 'scrolly');
    const charts = scrollies.map((b) => b.chart);
    const cited = [...front.sources, ...body.sources, ...body.facts.map((id) => shared.facts[id]?.source ?? ''), ...charts.flatMap((c) => c.sources)];
    if (front.kind === 'story' && cited.filter(Boolean).length === 0)
      errors.push({ file: s.file, line: s.fieldLines?.sources ?? 1, field: 'sources', message: 'the section cites no source; list where its facts come from as sources: [id, …] (ids from content/sources.yaml), or cite a fact or chart that has one' });
    sections.push({
      file: s.file,
      id: front.id,
      order: front.order,
      title: typeset(front.title),
      kicker: front.kicker && typeset(front.kicker),
      kind: front.kind,
      blocks,
      steps: scrollies.flatMap((b) => b.steps),
      charts,
      corrections: body.corrections,
      facts: body.facts,
      terms: body.terms,
      sources: [...new Set(cited.filter(Boolean))],
    });
  }

  for (const key of ['id', 'order'] as const) {
    const seen = new Map<unknown, string>();
    for (const s of sections) {
      const other = seen.get(s[key]);
      if (other) errors.push({ file: s.file, field: key, message: `duplicate ${key} "${s[key]}", also used by ${other}` });
      seen.set(s[key], s.file);
    }
  }
  const sorted = sections.sort((a, b) => a.order - b.order).map(({ file: _file, ...section }) => section);
  const teach = buildTeach(sorted);
  const meta = buildMeta();
  return { sections: sorted, teach, meta, citedFacts, stepLines };

  /** The masthead: byline, dates, the opening picture (a chart of the story and one of its facts), notes. */
  function buildMeta(): MetaModel {
    const once = locale === 'en';
    const parsed = metaSchema.safeParse(input.meta);
    if (!parsed.success) {
      if (once) errors.push(...fromZodIssues(input.metaFile, parsed.error.issues));
      return { byline: '', published: '', updated: '', hero: { chart: '', mark: '', fact: '', caption: '' }, methodology: '', credits: '' };
    }
    const m = parsed.data;
    const file = input.metaFile;
    if (once) {
      const chart = shared.charts.get(m.hero.chart);
      if (!chart) errors.push({ file, field: 'hero.chart', message: `unknown chart "${m.hero.chart}"; use the id of a dataset in content/data/` });
      else if (!chart.rows.some((r) => r.id === m.hero.mark)) errors.push({ file, field: 'hero.mark', message: `chart "${m.hero.chart}" has no row "${m.hero.mark}"` });
      if (!shared.facts[m.hero.fact]) errors.push({ file, field: 'hero.fact', message: `unknown fact "${m.hero.fact}"; add it to content/facts.yaml or fix the id` });
      if (m.updated < m.published) errors.push({ file, field: 'updated', message: 'the update cannot be earlier than the publication' });
    }
    if (shared.facts[m.hero.fact]) citedFacts.add(m.hero.fact);
    for (const field of ['byline', 'caption'] as const) {
      const text = field === 'byline' ? m.byline[locale] : m.hero.caption[locale];
      for (const problem of quoteProblems(text, locale)) errors.push({ file, field: `${field}.${locale}`, message: problem });
    }
    return {
      byline: typeset(m.byline[locale]),
      published: m.published,
      updated: m.updated,
      hero: { ...m.hero, caption: typeset(m.hero.caption[locale]) },
      methodology: renderText(m.methodology[locale], file, `methodology.${locale}`),
      credits: renderText(m.credits[locale], file, `credits.${locale}`),
    };
  }

  /** The teaching page: goals, glossary and two or three questions for every story section. */
  function buildTeach(story: SectionModel[]): TeachModel {
    const empty: TeachModel = { title: '', intro: '', goals: [], glossary: [], questions: [] };
    const once = locale === 'en'; // problems that concern both languages are reported once
    const parsed = teachSchema.safeParse(input.teach);
    if (!parsed.success) {
      if (once) errors.push(...fromZodIssues(input.teachFile, parsed.error.issues));
      return empty;
    }
    const t = parsed.data;
    const file = input.teachFile;
    const storySections = story.filter((x) => x.kind !== 'sources');
    if (once) {
      for (const id of Object.keys(t.questions))
        if (!storySections.some((x) => x.id === id))
          errors.push({ file, field: `questions.${id}`, message: `there is no story section "${id}"` });
      for (const x of storySections)
        if (!t.questions[x.id]) errors.push({ file, field: `questions.${x.id}`, message: `add two or three questions for the section "${x.id}"` });
    }
    return {
      title: t.title[locale],
      intro: renderText(t.intro[locale], file, `intro.${locale}`),
      goals: t.goals[locale].map((g, i) => renderText(g, file, `goals.${locale}.${i}`, true)),
      glossary: Object.entries(shared.glossary)
        .map(([id, e]) => ({ id, term: e[locale].term, definition: renderText(e[locale].definition, input.glossaryFile, `${id}.${locale}.definition`, true) }))
        .sort((a, b) => a.term.localeCompare(b.term, locale)),
      questions: storySections
        .filter((x) => t.questions[x.id])
        .map((x) => ({
          sectionId: x.id,
          sectionTitle: x.title,
          questions: t.questions[x.id]![locale].map((q, i) => renderText(q, file, `questions.${x.id}.${locale}.${i}`, true)),
        })),
    };
  }
}

/** Both languages must tell the same story: same sections, order, charts and steps (educators' links depend on it). */
function compareLocales(input: ContentInput, built: Record<Locale, SectionModel[]>, stepLines: Record<Locale, Map<string, number[][]>>, errors: ContentError[]) {
  const [a, b] = LOCALES as [Locale, Locale];
  const fileOf = (locale: Locale, id: string) =>
    input.sections.find((s) => s.locale === locale && (s.frontmatter as { id?: unknown })?.id === id)?.file ??
    `content/story/${locale}/`;
  for (const [here, there] of [[a, b], [b, a]] as const) {
    for (const s of built[here]) {
      const twin = built[there].find((t) => t.id === s.id);
      if (!twin) {
        errors.push({ file: fileOf(here, s.id), field: 'id', message: `section "${s.id}" exists in ${here} but not in ${there}; add content/story/${there}/..-${s.id}.md` });
        continue;
      }
      if (here !== a) continue; // compare each pair once
      const file = fileOf(there, s.id);
      if (twin.order !== s.order) errors.push({ file, field: 'order', message: `order ${twin.order} differs from ${here} (${s.order})` });
      const shape = (x: SectionModel) => x.charts.map((c, i) => `${c.id}:${x.blocks.filter((b) => b.kind === 'scrolly')[i]!.steps.length}`).join(', ');
      const extra = shape(twin) === shape(s) ? undefined : extraStep(s, stepLines[here].get(s.id) ?? [], twin, stepLines[there].get(s.id) ?? []);
      if (extra) {
        // one language has a step more (or fewer) in one chart: name the step, both files and both lines
        const [more, fewer] = extra.more === 'first' ? ([[here, fileOf(here, s.id)], [there, file]] as const) : ([[there, file], [here, fileOf(here, s.id)]] as const);
        const after = extra.after ? `after its step ${extra.step - 1} (line ${extra.after})` : 'as its first step';
        errors.push({
          file: more[1],
          line: extra.line,
          field: `step ${extra.step} of ${extra.chart}`,
          message: `this step has no counterpart in ${fewer[1]} (${fewer[0]}): add the same :::step{…} there ${after}, or remove it here; step links must match across languages`,
        });
      } else if (shape(twin) !== shape(s))
        errors.push({ file, field: 'steps', message: `charts and steps (${shape(twin) || 'none'}) differ from ${here} (${shape(s) || 'none'}); step links must match across languages` });
      else if (JSON.stringify(twin.charts.map((c) => c.states)) !== JSON.stringify(s.charts.map((c) => c.states)))
        errors.push({ file, field: 'steps', message: `step attributes differ from ${here}; each step must show the same chart state in both languages` });
      const cited = (x: SectionModel) => [...new Set(x.facts)].sort().join(', ');
      if (cited(twin) !== cited(s))
        errors.push({ file, field: 'facts', message: `cites the facts [${cited(twin)}] but ${here} cites [${cited(s)}]; both languages must state the same figures` });
      const termIds = (x: SectionModel) => [...new Set(x.terms)].sort().join(', ');
      if (termIds(twin) !== termIds(s))
        errors.push({ file, field: 'terms', message: `explains the terms [${termIds(twin)}] but ${here} explains [${termIds(s)}]` });
      const ids = (x: SectionModel) => x.corrections.map((c) => c.id).join(', ');
      if (ids(twin) !== ids(s))
        errors.push({ file, field: 'corrections', message: `corrections (${ids(twin) || 'none'}) differ from ${here} (${ids(s) || 'none'})` });
    }
  }
}

/** Where two languages' sections differ by steps in the same chart: the first step one has and the other lacks,
 * its line, and the line of the step before it in the other file. Undefined when the charts themselves differ. */
function extraStep(a: SectionModel, aLines: number[][], b: SectionModel, bLines: number[][]) {
  if (a.charts.map((c) => c.id).join() !== b.charts.map((c) => c.id).join()) return undefined;
  for (const [i, chart] of a.charts.entries()) {
    const [la, lb] = [aLines[i] ?? [], bLines[i] ?? []];
    if (la.length === lb.length) continue;
    const [more, longer, shorter] = la.length > lb.length ? (['first', la, lb] as const) : (['second', lb, la] as const);
    // the step inserted is the first whose attributes differ (the steps of both languages show the same states)
    const [sa, sb] = [chart.states, b.charts[i]!.states].map((states) => states.map((x) => JSON.stringify(x)));
    let j = 0;
    while (j < shorter.length && sa![j] === sb![j]) j++;
    return { more, chart: chart.id, step: j + 1, line: longer[j], after: shorter[j - 1] };
  }
  return undefined;
}

function buildAll(input: ContentInput) {
  const errors: ContentError[] = [];
  const shared = parseShared(input, errors);
  const locales = Object.fromEntries(LOCALES.map((l) => [l, buildLocale(input, l, shared, errors)])) as Record<Locale, ReturnType<typeof buildLocale>>;
  const built = Object.fromEntries(LOCALES.map((l) => [l, locales[l].sections])) as Record<Locale, SectionModel[]>;
  compareLocales(input, built, Object.fromEntries(LOCALES.map((l) => [l, locales[l].stepLines])) as Record<Locale, Map<string, number[][]>>, errors);
  return { errors, built, shared, locales };
}

export interface ContentReport {
  /** Facts no page cites, in either language. */
  unusedFacts: string[];
  /** Sources nothing refers to: no fact, section, chart or data row. */
  unusedSources: string[];
  /** Facts or sources cited in one language only. */
  oneLanguage: { kind: 'fact' | 'source'; id: string; only: Locale }[];
}

/** What an editor may want to tidy: unused facts and sources, and citations in one language only. */
export function contentReport(input: ContentInput): ContentReport {
  return reportOf(buildAll(input));
}

function reportOf({ locales, shared }: ReturnType<typeof buildAll>): ContentReport {
  const factsIn = (l: Locale) => locales[l].citedFacts;
  const sourcesIn = (l: Locale) => new Set(locales[l].sections.flatMap((s) => s.sources));
  const used = new Set<string>([
    ...Object.values(shared.facts).map((f) => f.source),
    ...[...shared.charts.values()].flatMap((c) => [...c.meta.sources, ...c.rows.map((r) => r.source)]),
    ...LOCALES.flatMap((l) => [...sourcesIn(l)]),
  ]);
  const oneLanguage: ContentReport['oneLanguage'] = [];
  const [a, b] = LOCALES as [Locale, Locale];
  for (const [here, there] of [[a, b], [b, a]] as const) {
    for (const id of factsIn(here)) if (!factsIn(there).has(id)) oneLanguage.push({ kind: 'fact', id, only: here });
    for (const id of sourcesIn(here)) if (!sourcesIn(there).has(id)) oneLanguage.push({ kind: 'source', id, only: here });
  }
  return {
    unusedFacts: Object.keys(shared.facts).filter((id) => LOCALES.every((l) => !factsIn(l).has(id))),
    unusedSources: Object.keys(shared.sources).filter((id) => !used.has(id)),
    oneLanguage,
  };
}

export function formatContentReport(r: ContentReport): string {
  const lines: string[] = [];
  if (r.unusedFacts.length) lines.push(`Facts no page cites (content/facts.yaml): ${r.unusedFacts.join(', ')}`);
  if (r.unusedSources.length) lines.push(`Sources nothing refers to (content/sources.yaml): ${r.unusedSources.join(', ')}`);
  for (const o of r.oneLanguage) lines.push(`The ${o.kind} "${o.id}" is cited only in ${o.only}`);
  return lines.length ? `Content report:\n${lines.map((l) => `  - ${l}`).join('\n')}` : 'Content report: every fact and source is used, in both languages.';
}

/** The story in one language; throws with every content problem when anything is wrong. */
export function buildStory(input: ContentInput, locale: Locale): StoryModel {
  return buildContent(input).stories[locale];
}

/** Everything built from the content in one pass: the story in every language and the editors' report.
 *  Throws with every content problem when anything is wrong. */
export function buildContent(input: ContentInput): { stories: Record<Locale, StoryModel>; report: ContentReport } {
  const all = buildAll(input);
  if (all.errors.length > 0) throw new ContentCheckError(all.errors);
  const { locales, shared } = all;
  const stories = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      { locale, meta: locales[locale].meta, sections: locales[locale].sections, sources: shared.sources, facts: shared.facts, teach: locales[locale].teach },
    ]),
  ) as Record<Locale, StoryModel>;
  return { stories, report: reportOf(all) };
}

export class ContentCheckError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(formatContentErrors(errors));
    this.name = 'ContentCheckError';
  }
}
