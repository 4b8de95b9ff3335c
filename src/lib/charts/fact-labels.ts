// Which drawn values are figures of the story: each mark a fact reads (facts.yaml `from: <chart>/<row>`, by
// row id: table.ts valueFacts) carries that fact's id into every layout of its chart (rows and their
// reference lines, marked points, squares), so that the chart's value label opens the figure's receipt
// (components/nav/receipts.ts).
import type { ChartDrawing } from '../content/model';

/** The drawing with each mark that a fact reads naming that fact (`fact`). */
export function withFacts(drawing: ChartDrawing, facts: ReadonlyMap<string, string>): ChartDrawing {
  const mark = <T extends { id: string }>(m: T): T & { fact?: string } => (facts.has(m.id) ? { ...m, fact: facts.get(m.id) } : m);
  switch (drawing.kind) {
    case 'rows': {
      const link = (l: (typeof drawing.layouts)[number]) => ({ ...l, rows: l.rows.map(mark), refLines: l.refLines.map(mark) });
      return { ...drawing, layouts: drawing.layouts.map(link), printLayout: drawing.printLayout && link(drawing.printLayout) };
    }
    case 'lines': {
      const link = (l: (typeof drawing.layouts)[number]) => ({ ...l, points: l.points.map(mark) });
      return { ...drawing, layouts: drawing.layouts.map(link), printLayout: drawing.printLayout && link(drawing.printLayout) };
    }
    case 'squares': {
      const link = (l: (typeof drawing.layouts)[number]) => ({ ...l, squares: l.squares.map(mark) });
      return { ...drawing, layouts: drawing.layouts.map(link), printLayout: drawing.printLayout && link(drawing.printLayout) };
    }
  }
}
