// The story's sections in one language: frontmatter and text checked, figures and terms cited, each chart
// read with its steps (every id a step names checked against the chart's rows) and laid out for every step
// and for print. Sorted by order; returns the line of every step, for the comparison of the languages.
import { idLists, type ChartKind, type DefinitionOf, type LayoutOf } from '../charts/registry';
import { noteShowsAt, type ChartNote, type ChartText } from '../charts/notes';
import { withFacts } from '../charts/fact-labels';
import { valueFacts } from '../charts/table';
import { plainText } from '../escape';
import { typeset, quoteProblems } from '../typography';
import { ui } from '../../i18n/ui';
import { fromZodIssues } from './errors';
import type { LocaleText } from './locale-text';
import { renderSectionBody } from './markdown';
import type { ChartDrawing, ChartModel, SectionBlock, SectionModel } from './model';
import { typedNumbers } from './prose-numbers';
import { sectionSchema, type SectionFrontmatter } from './schemas';
import { scrollyBlocks } from './scrolly-blocks';
import { PAGE_IDS, sectionTitleId } from '../page-ids';

export function buildSections(text: LocaleText): { sections: SectionModel[]; stepLines: Map<string, number[][]> } {
  const { input, locale, shared, errors, citedFacts, renderText, term } = text;
  const printFact = text.factPrinter();
  const sections: (SectionModel & { file: string })[] = [];
  /** Per section id: the line of every step, chart by chart (for messages comparing the languages). */
  const stepLines = new Map<string, number[][]>();
  const chartUse = new Map<string, string>();
  const describe = (text: string, file: string) => renderText(text, file, `description.${locale}`);
  for (const s of input.sections.filter((x) => x.locale === locale)) {
    const fm = sectionSchema.safeParse(s.frontmatter);
    if (!fm.success) {
      errors.push(...fromZodIssues(s.file, fm.error.issues).map((e) => ({ ...e, line: s.fieldLines?.[e.field?.split('.')[0] ?? ''] })));
      continue;
    }
    const front: SectionFrontmatter = fm.data;
    // its ids in the page, the section's and its heading's, must not be one of the page's own parts
    const taken = [front.id, sectionTitleId(front.id)].find((x) => PAGE_IDS.includes(x));
    if (taken)
      errors.push({
        file: s.file,
        line: s.fieldLines?.id,
        field: 'id',
        message: `choose another id: with "${front.id}" the section${taken === front.id ? '' : "'s heading"} would carry the id "${taken}", which a part of the page already has (${PAGE_IDS.join(', ')} are taken)`,
      });
    front.sources.forEach((id, i) => {
      if (!Object.hasOwn(shared.sources, id))
        errors.push({ file: s.file, field: `sources.${i}`, message: `unknown source "${id}"; add it to ${input.sourcesFile} or fix the id` });
    });
    for (const field of ['title', 'short', 'kicker'] as const) {
      const line = s.fieldLines?.[field];
      for (const problem of quoteProblems(front[field] ?? '', locale)) errors.push({ file: s.file, line, field, message: problem });
      const name = field === 'short' ? 'short name' : field;
      for (const n of typedNumbers(front[field] ?? ''))
        errors.push({ file: s.file, line, field, message: `the number "${n}" is typed into the ${name}; a ${name} carries no figures (they cannot be cited there), so say it in words or move the figure into the text as :fact[id]` });
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
      /** An error at file, line and field for each id in the list that names no row of this chart. */
      const checkRows = (list: readonly string[], file: string, line: number | undefined, field: string) => {
        for (const id of list) if (!ids.has(id)) errors.push({ file, line, field, message: `chart "${block.chart}" has no row "${id}"; its rows are in ${parsed.input.csvFile}` });
      };
      /** A step's (or the print view's) attributes as the chart's state, with every id it names checked. */
      const readState = (attributes: Record<string, string>, file: string, line: number | undefined, field: string) => {
        const r = definition.state.safeParse(attributes);
        if (!r.success) {
          for (const issue of r.error.issues) errors.push({ file, line, field: `${field}: ${issue.path.join('.') || 'attributes'}`, message: issue.message });
          return undefined;
        }
        const lists = new Map(idLists(definition, r.data));
        for (const [key, list] of lists) checkRows(list, file, line, `${field}: ${key}`);
        const shown = lists.get('show');
        if (shown?.length) for (const id of lists.get('highlight') ?? []) if (ids.has(id) && !shown.includes(id)) errors.push({ file, line, field: `${field}: highlight`, message: `row "${id}" is highlighted but not shown; add it to show="…"` });
        return r.data;
      };
      const states = block.steps.map((step) => readState(step.attributes, s.file, step.line, `step ${step.n}`));
      checkRows(parsed.meta.bars.alwaysNamed, parsed.input.metaFile, undefined, 'bars.alwaysNamed');
      // the chart's notes, printed for this language; each step gets those its steps spec includes
      const notes = parsed.meta.notes.map((note, i) => {
        checkRows([note.at, note.to].filter((x): x is string => x !== undefined), parsed.input.metaFile, undefined, `notes.${i}`);
        const html = renderText(note.text[locale], parsed.input.metaFile, `notes.${i}.text.${locale}`, true, true);
        return { id: `note-${i + 1}`, row: note.at, toRow: note.to, steps: note.steps, text: plainText(html) };
      });
      const axis = parsed.meta.axis?.[locale];
      const series = Object.fromEntries(Object.entries(parsed.meta.series).map(([key, s]) => [key, { name: typeset(s.name[locale]), tone: s.tone }]));
      const plain = ({ steps: _steps, ...note }: (typeof notes)[number]): ChartNote => note;
      // (the notes some step shows, for whose room a layout may keep space at every step)
      const allNotes = notes.filter((x) => block.steps.some((_, i) => noteShowsAt(x.steps, i + 1))).map(plain);
      const textAt = (n: number): ChartText => ({ axis, series, compactRows: ui(locale).compactRows, notes: notes.filter((x) => noteShowsAt(x.steps, n)).map(plain), allNotes });
      const printState = parsed.meta.print ? readState(parsed.meta.print, parsed.input.metaFile, undefined, 'print') : states.at(-1);
      const valid = errors.length === firstError && states.length > 0 && printState !== undefined; // this block is drawable
      const draw = <K extends ChartKind>(d: DefinitionOf<K>): { kind: K; layouts: LayoutOf[K][]; printLayout?: LayoutOf[K] } => ({
        kind: d.kind,
        layouts: valid ? states.map((state, i) => d.layout(parsed.rows, state!, locale, textAt(i + 1))) : [],
        printLayout: valid ? d.layout(parsed.rows, printState!, locale, textAt(states.length)) : undefined,
      });
      // one line per kind, so that each kind's layout keeps its type
      const drawn: ChartDrawing = definition.kind === 'rows' ? draw(definition) : definition.kind === 'lines' ? draw(definition) : draw(definition);
      // a chart's value labels open the receipts of the facts that read them
      const drawing = withFacts(drawn, valueFacts({ id: block.chart, valueColumn: parsed.meta.valueColumn }, shared.facts));
      const chart: ChartModel = {
        ...drawing,
        id: block.chart,
        title: typeset(parsed.meta.title[locale]),
        description: describe(parsed.meta.description[locale], parsed.input.metaFile),
        valueLabel: typeset(parsed.meta.valueLabel[locale]),
        unit: parsed.meta.unit,
        valueColumn: parsed.meta.valueColumn,
        lowColumn: parsed.meta.lowColumn,
        rows: parsed.rows,
        rowNames: definition.rowName && Object.fromEntries(parsed.rows.map((row) => [row.id, definition.rowName!(row, locale, textAt(1))])),
        states: states.map((x) => x ?? {}),
        sources: parsed.meta.sources,
        credit: parsed.meta.credit && typeset(parsed.meta.credit[locale]),
      };
      blocks.push({ kind: 'scrolly', chart, steps: block.steps.map(({ n, local, html }) => ({ n, local, html })) });
    }

    stepLines.set(front.id, body.blocks.flatMap((b) => (b.kind === 'prose' ? [] : [b.steps.map((step) => step.line ?? 0)])));
    const scrollies = scrollyBlocks(blocks);
    const charts = scrollies.map((b) => b.chart);
    const cited = [...front.sources, ...body.sources, ...body.facts.map((id) => shared.facts[id]?.source ?? ''), ...charts.flatMap((c) => c.sources)];
    if (front.kind === 'story' && cited.filter(Boolean).length === 0)
      errors.push({ file: s.file, line: s.fieldLines?.sources ?? 1, field: 'sources', message: 'the section cites no source; list where its facts come from as sources: [id, …] (ids from content/sources.yaml), or cite a fact or chart that has one' });
    sections.push({
      file: s.file,
      id: front.id,
      order: front.order,
      title: typeset(front.title),
      short: typeset(front.short ?? front.title),
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
  return { sections: sorted, stepLines };
}
