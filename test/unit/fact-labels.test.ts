// Chart labels that are figures: every mark of every layout (each step's and the printout's) names the fact
// that reads it (facts.yaml `from:`), and no other mark names one; from the good fixture, and from a drawing
// of its own.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFacts } from '../../src/lib/charts/fact-labels';
import { rowBarsLayout } from '../../src/lib/charts/row-bars';
import { valueFacts } from '../../src/lib/charts/table';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildStory } from '../../src/lib/content/story';
import type { ChartDrawing, ChartModel } from '../../src/lib/content/model';

const { input } = readContentDir(join(import.meta.dirname, '../fixtures/good'));

/** Every mark of a drawing, with the fact it names. */
function marks(chart: ChartDrawing): { id: string; fact?: string }[] {
  const all = <T>(layouts: T[], print?: T) => [...layouts, ...(print ? [print] : [])];
  if (chart.kind === 'rows') return all(chart.layouts, chart.printLayout).flatMap((l) => [...l.rows, ...l.refLines]);
  if (chart.kind === 'lines') return all(chart.layouts, chart.printLayout).flatMap((l) => l.points);
  return all(chart.layouts, chart.printLayout).flatMap((l) => l.squares);
}

describe('chart marks name the facts that read them', () => {
  for (const locale of ['en', 'de'] as const) {
    const story = buildStory(input, locale);
    const charts: ChartModel[] = story.sections.flatMap((s) => s.charts);
    it(`${locale}: in every layout of every chart`, () => {
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        const read = valueFacts(chart, story.facts);
        for (const m of marks(chart)) expect(m.fact, `${chart.id}/${m.id}`).toBe(read.get(m.id));
      }
    });
  }

  it('a drawing of its own: only the marks read are named, the drawing otherwise unchanged', () => {
    const layout = rowBarsLayout({
      items: ['a', 'b'].map((id, i) => ({ id, label: id, valueText: String(i), to: i + 1, tone: 'other' as const, highlighted: true })),
      domain: [0, 2],
      unit: 'pct',
      locale: 'en',
      refLines: [{ id: 'all', value: 1.5, label: 'All' }],
    });
    const drawing: ChartDrawing = { kind: 'rows', layouts: [layout], printLayout: layout };
    const linked = withFacts(drawing, new Map([['b', 'fact-b'], ['all', 'fact-all']]));
    expect(marks(linked).map((m) => m.fact)).toEqual([undefined, 'fact-b', 'fact-all', undefined, 'fact-b', 'fact-all']);
    expect(marks(linked).map(({ fact: _f, ...m }) => m)).toEqual(marks(drawing));
  });
});
