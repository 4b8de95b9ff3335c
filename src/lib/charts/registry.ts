// Every chart the story can draw: how its CSV rows and step attributes are read, and how data + step state
// become what the island draws. Which row ids a step names follows from its state schema: every attribute
// read with idListAttr (cells.ts) is a list of row ids, checked against the dataset. A dataset whose YAML names
// its kind (bars, lines, squares) needs nothing here; a chart with a layout of its own is an entry in CHARTS,
// keyed by its dataset's id.
import { z } from 'astro/zod';
import type { Locale } from '../format';
import { idListAttr } from './cells';
import type { LinesLayout } from './lines';
import type { RowBarsLayout } from './row-bars';
import type { SquaresLayout } from './squares';
import type { ChartText } from './notes';
import type { ChartMeta } from '../content/schemas';
import { barsLayout, barsRow, barsState } from './bars';
import { marginRowName, marginsLayout } from './margins';
import { marginRow, marginState } from './margins.schema';
import { linesKindLayout, linesRow, linesRowName, linesState } from './lines-kind';
import { valueLostLayout } from './value-lost';
import { valueLostRow, valueLostState } from './value-lost.schema';
import { squaresLayout, squaresRow, squaresState } from './squares-kind';

/** Every dataset row has an id (for facts and step attributes) and the id of its source. */
interface ChartRowBase {
  id: string;
  source: string;
}

/** What each kind of chart draws at a step (its island's layout). */
export interface LayoutOf {
  rows: RowBarsLayout;
  lines: LinesLayout;
  squares: SquaresLayout;
}
/** Which island draws a chart: row bars, lines or squares. */
export type ChartKind = keyof LayoutOf;

interface TypedChart<K extends ChartKind, Row extends ChartRowBase, State> {
  kind: K;
  /** Reads one CSV row (all strings) into a typed row. */
  row: z.ZodType<Row, unknown>;
  /** Reads a step's attributes (:::step{...}) into the chart state for that step. */
  state: z.ZodType<State, unknown>;
  /** What the chart draws at a step, from the validated rows and that step's state. */
  layout(rows: Row[], state: State, locale: Locale, text: ChartText): LayoutOf[K];
  /** A row's name in the data table, for datasets without label columns. */
  rowName?(row: Row, locale: Locale, text: ChartText): string;
}

/** A chart with its row and state types erased, for the content pipeline (inputs are validated first); its
 *  kind still says what its layout is. */
export interface DefinitionOf<K extends ChartKind> {
  kind: K;
  row: z.ZodType<ChartRowBase & Record<string, unknown>, unknown>;
  state: z.ZodType<Record<string, unknown>, unknown>;
  layout(rows: unknown[], state: Record<string, unknown>, locale: Locale, text: ChartText): LayoutOf[K];
  rowName?(row: Record<string, unknown>, locale: Locale, text: ChartText): string;
}
export type ChartDefinition = { [K in ChartKind]: DefinitionOf<K> }[ChartKind];

/** The one cast of the chart pipeline: a chart's row and state types are erased here, and restored by the
 *  schemas that validate every row and step before its layout sees them. */
function defineChart<K extends ChartKind, Row extends ChartRowBase, State>(chart: TypedChart<K, Row, State>): ChartDefinition {
  return chart as unknown as ChartDefinition;
}

export const CHARTS: Record<string, ChartDefinition> = {
  'value-lost': defineChart({
    kind: 'rows',
    row: valueLostRow,
    state: valueLostState,
    layout: valueLostLayout,
  }),
  margins: defineChart({
    kind: 'lines',
    row: marginRow,
    state: marginState,
    layout: marginsLayout,
    rowName: marginRowName,
  }),
};

/** How a dataset is drawn: by a chart of the story's own (CHARTS, keyed by the dataset's id), or, for any
 *  other dataset, by the kind its YAML names. Undefined when neither applies. */
export function chartFor(id: string, meta: ChartMeta): ChartDefinition | undefined {
  if (Object.hasOwn(CHARTS, id)) return CHARTS[id];
  const { valueColumn, unit } = meta;
  switch (meta.kind) {
    case 'bars':
      return defineChart({ kind: 'rows', row: barsRow(valueColumn, meta.bars), state: barsState(meta.bars), layout: barsLayout(valueColumn, unit, meta.bars) });
    case 'squares':
      return defineChart({ kind: 'squares', row: squaresRow(valueColumn, meta.lowColumn), state: squaresState, layout: squaresLayout(valueColumn, meta.lowColumn, unit) });
    case 'lines':
      return meta.lines
        ? defineChart({ kind: 'lines', row: linesRow(valueColumn, meta.lines), state: linesState, layout: linesKindLayout(valueColumn, meta.lines, unit), rowName: linesRowName(valueColumn, meta.lines) })
        : undefined;
    default:
      return undefined;
  }
}

/** The step attributes of a chart that list row ids: those its state schema reads with idListAttr. */
export function idListKeys(chart: ChartDefinition): string[] {
  const schema = chart.state;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape).filter((key) => schema.shape[key] === idListAttr) : [];
}

/** The row ids a step names, attribute by attribute ("show", "highlight"). */
export function idLists(chart: ChartDefinition, state: Record<string, unknown>): [key: string, ids: string[]][] {
  return idListKeys(chart).map((key) => [key, Array.isArray(state[key]) ? state[key].map(String) : []]);
}

/** The rows a step draws in colour (its "highlight" list; empty: all). */
export function highlightedIds(state: Record<string, unknown>): string[] {
  return Array.isArray(state.highlight) ? state.highlight.map(String) : [];
}
