// The parts of the content both languages share: sources, chart datasets (each read by its chart
// definition), facts and the glossary, checked and typeset.
import { csvParseRows } from 'd3-dsv';
import { chartFor, type ChartDefinition } from '../charts/registry';
import { decimalsOf, LOCALES, type Locale } from '../format';
import { PAGE_IDS } from '../page-ids';
import { chartCsvPath, FACTS_CSV_PATH } from '../paths';
import { quoteProblems, typeset } from '../typography';
import { fromZodIssues, type ContentError } from './errors';
import { resolveFacts, type Dataset } from './facts';
import type { ChartInput, ChartRow, ContentInput } from './model';
import { chartMetaSchema, glossaryEntrySchema, ID_PATTERN, sourceSchema, textIn, type ChartMeta, type GlossaryEntry, type Source, type Text } from './schemas';

export type Shared = ReturnType<typeof parseShared>;

export interface ParsedChart {
  input: ChartInput;
  meta: ChartMeta;
  /** How it is drawn (src/lib/charts/registry.ts). */
  definition: ChartDefinition;
  rows: ChartRow[];
  /** The rows as written, for facts that read them. */
  dataset: Dataset;
}

/** A source's text as readers see it: apostrophes curled, dates held together. */
function typesetSource(s: Source): Source {
  const text = (t: Text | undefined) => (t === undefined ? undefined : typeof t === 'string' ? typeset(t) : { en: typeset(t.en), de: typeset(t.de) });
  return { ...s, publisher: text(s.publisher)!, title: s.title && typeset(s.title), about: text(s.about), note: text(s.note) };
}

/** What is wrong with a chart's name (its files' name, its id), with how to rename it; nothing if it is right. */
function chartNameProblem(id: string): string | undefined {
  const renamed = (to: string) =>
    `rename the chart's two files, e.g. to "${to}.yaml" and "${to}.csv" if no chart has that name yet, then use the new name wherever the story names the chart (::chart[…] in both languages, facts that read it, meta.yaml)`;
  if (!ID_PATTERN.test(id))
    return `a chart's name is written in lower-case letters, digits and single hyphens (the story uses it in ::chart[…] and in web addresses): ${renamed(id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'new-chart')}`;
  // its CSV's address is data/<id>.csv
  if (chartCsvPath(id) === FACTS_CSV_PATH) return `its data would be served at ${FACTS_CSV_PATH}, the address of the facts registry's CSV: ${renamed(`${id}-chart`)}`;
  if (PAGE_IDS.includes(id)) return `"${id}" is the id of a part of the pages (${PAGE_IDS.join(', ')} are taken): ${renamed(`${id}-chart`)}`;
}

/** Facts, sources and charts: the parts shared by both languages. */
export function parseShared(input: ContentInput, errors: ContentError[]) {
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
  /** A chart, or a row of one, that could not be read at all (not merely one with a problem). */
  let unreadable = false;
  for (const chart of input.charts) {
    const misnamed = chartNameProblem(chart.id);
    if (misnamed) {
      errors.push({ file: chart.metaFile, message: misnamed });
      unreadable = true;
      continue;
    }
    const meta = chartMetaSchema.safeParse(chart.meta);
    if (!meta.success) {
      errors.push(...fromZodIssues(chart.metaFile, meta.error.issues));
      unreadable = true;
      continue;
    }
    const definition = chartFor(chart.id, meta.data);
    if (!definition) {
      errors.push({ file: chart.metaFile, field: 'kind', message: `say how to draw "${chart.id}": add "kind: bars" (row bars), "kind: lines" or "kind: squares" (see content/README.md, "Add a chart dataset")` });
      unreadable = true;
      continue;
    }
    meta.data.sources.forEach((s, i) => needSource(chart.metaFile, `sources.${i}`, s));
    for (const field of ['title', 'valueLabel', 'credit'] as const)
      for (const locale of LOCALES)
        for (const problem of quoteProblems(meta.data[field]?.[locale] ?? '', locale)) errors.push({ file: chart.metaFile, field: `${field}.${locale}`, message: problem });
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
        unreadable = true;
        return;
      }
      const cells = Object.fromEntries(columns.map((c, j) => [c, record[j]!]));
      const r = definition.row.safeParse(cells);
      if (!r.success) {
        for (const issue of r.error.issues)
          errors.push({ file: chart.csvFile, line, field: issue.path.map(String).join('.'), message: issue.message });
        unreadable = true;
        return;
      }
      if (seen.has(r.data.id))
        errors.push({ file: chart.csvFile, line, field: 'id', message: `duplicate row id "${r.data.id}"` });
      seen.add(r.data.id);
      needSource(chart.csvFile, `line ${line}, source`, r.data.source);
      // the row's columns in the CSV's order (the downloaded CSV keeps it), then what the schema adds
      const inOrder = Object.fromEntries(columns.filter((c) => c in r.data).map((c) => [c, (r.data as Record<string, unknown>)[c]]));
      rows.push({ ...inOrder, ...r.data, decimals: decimalsOf(cells[meta.data.valueColumn] ?? '') });
      dataset.rows.push({ id: r.data.id, line, cells, source: r.data.source });
    });
    if (filled.length === 0) {
      errors.push({ file: chart.csvFile, message: 'the dataset has no rows' });
      unreadable = true;
    }
    charts.set(chart.id, { input: chart, meta: meta.data, definition, rows, dataset });
  }

  /** When a dataset could not be read, facts, notes and sections that use it would only repeat the problem:
   *  the problems up to here (sources and datasets) are the ones to report. */
  const datasetsBroken = unreadable ? errors.length : undefined;
  const datasets = new Map([...charts].map(([id, c]) => [id, c.dataset]));
  const facts = resolveFacts(input.factsFile, input.facts, datasets, needSource, errors);
  const glossary: Record<string, GlossaryEntry> = {};
  for (const [id, raw] of Object.entries(input.glossary)) {
    const r = glossaryEntrySchema.safeParse(raw);
    if (r.success) glossary[id] = r.data;
    else errors.push(...fromZodIssues(input.glossaryFile, r.error.issues, [id]));
  }
  return { sources, charts, facts, glossary, datasetsBroken };
}
