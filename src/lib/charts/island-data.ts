// What a chart's island receives: its kind and the layouts of every step, as one JSON string (Astro writes
// a string prop into the page as it is, while it would tag every number and key of an object). Line charts
// send their points and tooltip values once: their steps differ only in how far the lines are drawn and
// which are in focus. Written at build time by islandJson, read back in the island by readIsland.
import type { ChartDrawing } from '../content/model';
import type { HoverPoint, LinesLayout } from './lines';
import type { RowBarsLayout } from './row-bars';
import type { SquaresLayout } from './squares';

export type IslandData =
  | { kind: 'rows'; layouts: RowBarsLayout[] }
  | { kind: 'squares'; layouts: SquaresLayout[] }
  | { kind: 'lines'; layouts: LinesLayout[]; hover: HoverPoint[]; points: Record<string, [number, number][]> };

/** A chart's island data, the lines' points and tooltip values taken out of its steps. */
export function islandData(chart: ChartDrawing): IslandData {
  if (chart.kind !== 'lines') return chart.kind === 'rows' ? { kind: 'rows', layouts: chart.layouts } : { kind: 'squares', layouts: chart.layouts };
  return {
    kind: 'lines',
    layouts: chart.layouts.map((l) => ({ ...l, hover: [], series: l.series.map((s) => ({ ...s, points: [] })) })),
    hover: chart.printLayout?.hover ?? [],
    points: Object.fromEntries((chart.printLayout?.series ?? []).map((s) => [s.id, s.points])),
  };
}

export const islandJson = (chart: ChartDrawing): string => JSON.stringify(islandData(chart));

/** The island's side of islandJson. JSON has no types: the string was written by islandJson in the same build. */
export const readIsland = (json: string): IslandData => JSON.parse(json) as IslandData;
