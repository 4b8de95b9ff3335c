// The facts registry (content/facts.yaml) resolved and checked: each fact's value, unit, digits and source,
// typed in or read from a chart dataset, and three checks that keep every figure honest:
// - a calculated fact (`calc:`) must equal its formula at the precision it is written with;
// - a typed figure must not repeat a chart's value from the same source: it is read from the chart (`from:`);
// - a figure must round unambiguously to what prose and charts show (9.15 to one decimal needs 9.148).
import { baseValue, chartDecimals, proseDecimals, roundsAmbiguously, sameKind, scaleFigure, type Figure } from '../display';
import { decimalsOf, formatNumber, type Unit } from '../format';
import { evaluate } from './calc';
import type { ContentError } from './errors';
import { factFromSchema, factValueSchema, type ChartMeta } from './schemas';
import { fromZodIssues } from './errors';

export interface ResolvedFact {
  id: string;
  value: number;
  unit: Unit;
  /** Digits after the point the value was written with. */
  decimals: number;
  source: string;
  asOf?: string;
  /** At most this many digits in prose (facts.yaml `display: { decimals }`); by default the unit's rule. */
  display?: number;
  /** How the fact is calculated from others, e.g. "(nvidia-close-before - nvidia-close) * nvidia-shares". */
  calc?: string;
  note?: string;
  /** "<chart>/<row>" when the value is read from a dataset. */
  from?: string;
}

/** A dataset row as facts see it: its cells as written and its line in the CSV. */
export interface DatasetRow {
  id: string;
  line: number;
  cells: Record<string, string>;
  source: string;
}

export interface Dataset {
  id: string;
  csvFile: string;
  meta: ChartMeta;
  rows: DatasetRow[];
}

const isFromFact = (raw: unknown) => typeof raw === 'object' && raw !== null && 'from' in raw;

const figureOf = (f: ResolvedFact): Figure => ({ value: f.value, unit: f.unit, decimals: f.decimals });

/** Resolves every fact; reports bad entries, unknown datasets, rows and columns, and failed checks. */
export function resolveFacts(
  file: string,
  raw: Record<string, unknown>,
  datasets: ReadonlyMap<string, Dataset>,
  needSource: (file: string, field: string, id: string) => void,
  errors: ContentError[],
): Record<string, ResolvedFact> {
  const facts: Record<string, ResolvedFact> = {};
  for (const [id, rawFact] of Object.entries(raw)) {
    const r = (isFromFact(rawFact) ? factFromSchema : factValueSchema).safeParse(rawFact);
    if (!r.success) {
      errors.push(...fromZodIssues(file, r.error.issues, [id]));
      continue;
    }
    const f = r.data;
    const common = { id, asOf: f.asOf, display: f.display?.decimals, calc: f.calc, note: f.note };
    if ('value' in f) {
      needSource(file, `${id}.source`, f.source);
      facts[id] = { ...common, value: f.value, unit: f.unit, source: f.source, decimals: f.decimals ?? decimalsOf(f.value) };
      continue;
    }
    const [chartId, rowId, column] = f.from.split('/') as [string, string, string | undefined];
    const dataset = datasets.get(chartId);
    const row = dataset?.rows.find((x) => x.id === rowId);
    const col = column ?? dataset?.meta.valueColumn ?? '';
    const cell = row?.cells[col];
    if (!dataset || !row || cell === undefined || cell.trim() === '' || !Number.isFinite(Number(cell))) {
      errors.push({
        file,
        field: `${id}.from`,
        message: !dataset
          ? `unknown dataset "${chartId}"`
          : !row
            ? `dataset "${chartId}" has no row "${rowId}"`
            : `row "${rowId}" of ${dataset.csvFile} has no number in column "${col}"`,
      });
      continue;
    }
    facts[id] = { ...common, from: f.from, value: Number(cell), unit: dataset.meta.unit, decimals: decimalsOf(cell), source: row.source };
  }
  checkCalculations(file, facts, errors);
  checkRepeats(file, facts, datasets, errors);
  checkRounding(file, facts, datasets, errors);
  return facts;
}

/** A calculated fact equals its formula, rounded to the digits it is written with. */
function checkCalculations(file: string, facts: Record<string, ResolvedFact>, errors: ContentError[]) {
  for (const f of Object.values(facts)) {
    if (!f.calc) continue;
    const result = evaluate(f.calc, (id) => (facts[id] ? baseValue(facts[id].value, facts[id].unit) : undefined));
    if (typeof result === 'string') {
      errors.push({ file, field: `${f.id}.calc`, message: result });
      continue;
    }
    const inUnit = result / baseValue(1, f.unit);
    const rounded = Number(inUnit.toFixed(f.decimals));
    if (Math.abs(rounded - f.value) > 1e-9 * Math.max(1, Math.abs(f.value)))
      errors.push({
        file,
        field: `${f.id}.calc`,
        message: `the formula gives ${formatNumber(inUnit, 'en', Math.max(f.decimals + 2, 2))}, which is ${formatNumber(rounded, 'en', f.decimals)} at the precision written, but the fact is ${formatNumber(f.value, 'en', f.decimals)}; fix the value or the formula`,
      });
  }
}

/** A typed figure that equals a chart's value from the same source is a copy waiting to drift: read it from
 *  the chart instead. (The same amount from another source is another figure: Alphabet's $75bn is not Amazon's.) */
function checkRepeats(file: string, facts: Record<string, ResolvedFact>, datasets: ReadonlyMap<string, Dataset>, errors: ContentError[]) {
  for (const f of Object.values(facts)) {
    if (f.from || f.calc) continue;
    const base = baseValue(f.value, f.unit);
    for (const d of datasets.values()) {
      if (!sameKind(d.meta.unit, f.unit)) continue;
      for (const row of d.rows) {
        if (row.source !== f.source) continue;
        const cell = row.cells[d.meta.valueColumn];
        if (cell === undefined || cell.trim() === '') continue;
        const other = baseValue(Number(cell), d.meta.unit);
        if (Math.abs(other - base) <= 1e-9 * Math.max(1, Math.abs(base)))
          errors.push({
            file,
            field: f.id,
            message: `the figure repeats ${d.csvFile} line ${row.line} (row "${row.id}"); write "from: ${d.id}/${row.id}" instead of value, unit and source, so the chart and the text cannot drift apart`,
          });
      }
    }
  }
}

/** Prose and chart labels round; what they drop must not be exactly a 5, or the shown digit is a guess. */
function checkRounding(file: string, facts: Record<string, ResolvedFact>, datasets: ReadonlyMap<string, Dataset>, errors: ContentError[]) {
  const advice = (f: Figure, decimals: number) =>
    `${formatNumber(scaleFigure(f).value, 'en', scaleFigure(f).decimals)} cannot be rounded to ${decimals} decimal${decimals === 1 ? '' : 's'} without guessing (it could be just under or over the 5); write it with one more digit from its source or calculation`;
  for (const f of Object.values(facts)) {
    if (f.from) continue; // checked with its dataset
    const fig = figureOf(f);
    const decimals = proseDecimals(fig, f.display);
    if (roundsAmbiguously(fig, decimals)) errors.push({ file, field: f.id, message: advice(fig, decimals) });
  }
  for (const d of datasets.values()) {
    const figures = d.rows.map((row) => ({ row, fig: { value: Number(row.cells[d.meta.valueColumn]), unit: d.meta.unit, decimals: decimalsOf(row.cells[d.meta.valueColumn] ?? '') } }));
    const precision = chartDecimals(figures.map((x) => x.fig));
    for (const { row, fig } of figures) {
      const cited = Object.values(facts).filter((f) => f.from === `${d.id}/${row.id}`);
      const shown = [precision, ...cited.map((f) => proseDecimals(fig, f.display))];
      const decimals = shown.find((n) => roundsAmbiguously(fig, n));
      if (decimals !== undefined) errors.push({ file: d.csvFile, line: row.line, field: d.meta.valueColumn, message: advice(fig, decimals) });
    }
  }
}
