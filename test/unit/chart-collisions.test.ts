// No label ever collides: every step of every chart, in both languages, fitted to the chart box of each screen
// size we design for: no two text boxes overlap, no text crosses a bar, a line or a reference line it does not
// label, and no text leaves its drawing. Text boxes come from the same width estimate the layouts use
// (lib/charts/text.ts); the browser test (e2e/layout.spec.ts) measures the real boxes. And a chart keeps its
// scale from step to step as notes and rows come in and the focus moves: a line chart's plot, a row chart's axis.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitLines, linesLayout, type LinesLayout, type LinesOptions } from '../../src/lib/charts/lines';
import { fitRows, rowBarsLayout, type RowBarsLayout } from '../../src/lib/charts/row-bars';
import { printBoxOf } from '../../src/lib/charts/print-box';
import { fitSquares, type SquaresLayout } from '../../src/lib/charts/squares';
import { overlaps, round, textBox, TYPE, type Box } from '../../src/lib/charts/text';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildContent } from '../../src/lib/content/story';
import { LOCALES } from '../../src/lib/format';
import { CHART_BOXES, SHORTER_BOXES } from '../chart-boxes';

interface Drawn {
  texts: { name: string; box: Box }[];
  /** Marks text must not cross: bars, lines (as thin boxes along their segments), reference lines. */
  marks: { name: string; box: Box; labelledBy?: string }[];
  width: number;
  height: number;
  /** How far the drawing is scaled down to fit its box (1: not at all). */
  scale: number;
}

/** A leader as small boxes along it, from `skip` px off its start to 3 px before its end (its label). */
function leaderBoxes(name: string, from: { x: number; y: number }, to: { x: number; y: number }, skip: number): Drawn['texts'] {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const boxes: Drawn['texts'] = [];
  for (let k = skip; k < length - 3; k += 3)
    boxes.push({ name, box: { x: from.x + ((to.x - from.x) * k) / length - 1.5, y: from.y + ((to.y - from.y) * k) / length - 1.5, width: 3, height: 3 } });
  return boxes;
}

function rowsDrawn(layout: RowBarsLayout, size: { width: number; height: number }): Drawn {
  const d = fitRows(layout, size);
  const texts: Drawn['texts'] = [];
  const marks: Drawn['marks'] = [];
  for (const t of d.ticks) texts.push({ name: `tick ${t.label}`, box: textBox([t.label], t.x, d.tickY, TYPE.tick, t.anchor) });
  if (d.unit) texts.push({ name: 'unit', box: textBox([d.unit.text], d.unit.x, d.unit.y, TYPE.tick, d.unit.anchor, true) });
  for (const r of d.rows.filter((x) => x.visible)) {
    // a compact row (out of focus in a short box) is drawn without its name and value
    if (!r.compact) {
      texts.push({ name: `name ${r.id}`, box: textBox(r.nameLines, r.nameX, r.nameY, TYPE.label, d.nameAnchor, true) });
      texts.push({ name: `value ${r.id}`, box: textBox([r.valueText], r.valueX, r.valueY, TYPE.label, r.valueAnchor, true) });
    }
    marks.push({ name: `bar ${r.id}`, box: { x: r.barX, y: r.barY, width: r.barWidth, height: r.barHeight }, labelledBy: r.valueInside ? `value ${r.id}` : undefined });
  }
  for (const ref of d.refLines) {
    texts.push({ name: `ref ${ref.id}`, box: textBox(ref.lines, ref.labelX, ref.labelY, TYPE.tick, ref.anchor, true) });
    marks.push({ name: `ref line ${ref.id}`, box: { x: ref.x - 0.5, y: ref.top + 12, width: 1, height: ref.bottom - ref.top - 12 }, labelledBy: `ref ${ref.id}` });
  }
  for (const n of d.notes) texts.push({ name: `note ${n.id}`, box: textBox(n.lines, n.x, n.y, TYPE.note, 'start', true) });
  if (d.compactNote) texts.push({ name: 'compact note', box: textBox(d.compactNote.lines, d.compactNote.x, d.compactNote.y, TYPE.note, 'start') });
  return { texts, marks, width: d.width, height: d.height, scale: d.scale };
}

/** A line chart's point label as placed: its value, and the line under it where there is one. */
const pointLabelBox = (p: ReturnType<typeof fitLines>['points'][number]): Box => textBox(p.sub ? [p.label, p.sub] : [p.label], p.labelX, p.labelY, TYPE.label, p.anchor, true);

function linesDrawn(layout: LinesLayout, size: { width: number; height: number }): Drawn {
  const d = fitLines(layout, size);
  const texts: Drawn['texts'] = [];
  const marks: Drawn['marks'] = [];
  for (const t of d.yTicks) texts.push({ name: `y tick ${t.label}`, box: textBox([t.label], d.plot.x - 8, t.y + 4, TYPE.tick, 'end') });
  if (d.yUnit) texts.push({ name: 'unit', box: textBox([d.yUnit.text], d.yUnit.x, d.yUnit.y, TYPE.tick, 'start', true) });
  for (const t of d.xTicks) texts.push({ name: `x tick ${t.label}`, box: textBox(t.year ? [t.label, t.year] : [t.label], t.x, d.plot.y + d.plot.height + 18, TYPE.tick, t.anchor) });
  for (const s of d.series) {
    if (s.end) texts.push({ name: `end ${s.id}`, box: textBox([s.label], s.end.labelX, s.end.labelY, TYPE.label, 'start', true) });
    const coords = [...s.path.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    coords.forEach(([x, y], i) => {
      const next = coords[i + 1];
      if (!next) return;
      // a segment as a chain of small boxes along it
      const steps = Math.max(1, Math.ceil(Math.hypot(next[0] - x, next[1] - y) / 4));
      for (let k = 0; k < steps; k++) {
        const px = x + ((next[0] - x) * k) / steps;
        const py = y + ((next[1] - y) * k) / steps;
        marks.push({ name: `line ${s.id}`, box: { x: px - 0.5, y: py - 0.5, width: 1, height: 1 } });
      }
    });
  }
  for (const p of d.points) {
    texts.push({ name: `point ${p.id}`, box: pointLabelBox(p) });
    // the point's ring (r 5 and half its 2.5 px stroke) with 3 px clear around it: other text keeps its distance
    marks.push({ name: `ring ${p.id}`, box: { x: p.px - 9.25, y: p.py - 9.25, width: 18.5, height: 18.5 }, labelledBy: `point ${p.id}` });
    // a leader line from the point to its label crosses no text, and from a phone of 360 px up no line (a small
    // phone's plot, 288 px, may have no place for the label that a leader can reach without): small boxes along it,
    // from 10 px off the point (where the point's own line leaves it) to 3 px before the label
    if (p.leader) texts.push(...leaderBoxes(`point ${p.id} leader`, p.leader, { x: p.leader.toX, y: p.leader.toY }, 10));
  }
  for (const n of d.notes) {
    texts.push({ name: `note ${n.id}`, box: textBox(n.lines, n.labelX, n.labelY, TYPE.note, n.anchor, true) });
    // its dashed rule, from the top of its label down the plot, which its own label stands beside
    marks.push({ name: `rule ${n.id}`, box: { x: n.x - 0.5, y: n.top, width: 1, height: n.bottom - n.top }, labelledBy: `note ${n.id}` });
  }
  return { texts, marks, width: d.width, height: d.height, scale: 1 };
}

function squaresDrawn(layout: SquaresLayout, size: { width: number; height: number }): Drawn {
  const d = fitSquares(layout, size);
  const texts: Drawn['texts'] = [];
  // each name, and its leader from its square (which crosses no other name nor the inset)
  for (const s of d.squares.filter((x) => x.visible && x.labelled)) {
    texts.push({ name: `label ${s.id}`, box: textBox([s.label, s.valueText], s.labelX, s.labelY, TYPE.label, 'start', true) });
    const { x, y, width, from } = s.leader;
    texts.push(...leaderBoxes(`label ${s.id} leader`, { x, y }, { x: x + width + 3, y }, 2), ...leaderBoxes(`label ${s.id} leader`, { x, y: from }, { x, y }, 0));
  }
  const marks: Drawn['marks'] = d.squares
    .filter((s) => s.visible)
    .map((s) => ({ name: `square ${s.id}`, box: { x: d.originX, y: d.originY - s.px, width: s.px, height: s.px }, labelledBy: 'inside' }));
  if (d.inset) {
    texts.push({ name: 'inset', box: { x: d.inset.x, y: d.inset.y, width: d.inset.width, height: d.inset.height } });
    texts.push(...leaderBoxes('inset leader', { x: d.originX + 1, y: d.originY - 1 }, { x: d.inset.x, y: d.inset.y + d.inset.height }, 2));
  }
  return { texts, marks, width: d.width, height: d.height, scale: 1 };
}

const { input } = readContentDir(join(import.meta.dirname, '../..'));
const { stories } = buildContent(input);

const cases = LOCALES.flatMap((locale) =>
  stories[locale].sections.flatMap((s) =>
    s.charts.flatMap((chart) =>
      [...chart.layouts, chart.printLayout].flatMap((layout, i) =>
        // (the print copy in the box it is drawn in, and there only)
        (i === chart.layouts.length ? [{ screen: 'print', ...printBoxOf(chart) }] : [...CHART_BOXES, ...(SHORTER_BOXES[chart.kind] ?? [])]).map((box) => ({
          locale,
          chart: chart.id,
          kind: chart.kind,
          step: i < chart.layouts.length ? String(i + 1) : 'print',
          layout,
          box,
        })),
      ),
    ),
  ),
);

function drawn(c: (typeof cases)[number]): Drawn {
  const size = { width: c.box.width, height: c.box.height };
  if (c.kind === 'rows') return rowsDrawn(c.layout as RowBarsLayout, size);
  if (c.kind === 'lines') return linesDrawn(c.layout as LinesLayout, size);
  return squaresDrawn(c.layout as SquaresLayout, size);
}

describe('no label collides, at any step, size or language', () => {
  it('there are charts to check', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases.map((c) => [`${c.chart} step ${c.step} (${c.locale}, ${c.box.screen})`, c] as const))('%s', (_name, c) => {
    const d = drawn(c);
    const problems: string[] = [];
    const leaves = (b: Box) => b.x < -1 || b.y < -1 || b.x + b.width > d.width + 1 || b.y + b.height > d.height + 1;
    d.texts.forEach((a, i) => {
      // (a leader's boxes lie along it, overlapping each other, up to its own label; in the short boxes, which
      // no screen gives today, three point labels on a busy chart may leave a leader no way past other text)
      const owner = (name: string) => name.replace(/ leader$/, '');
      const leaderMayCross = (b: string) => c.box.screen.startsWith('short') && `${a.name} ${b}`.includes(' leader');
      for (const b of d.texts.slice(i + 1))
        if (owner(a.name) !== owner(b.name) && !leaderMayCross(b.name) && overlaps(a.box, b.box)) problems.push(`"${a.name}" overlaps "${b.name}"`);
      if (c.kind !== 'squares')
        for (const m of d.marks) {
          // (a small phone's crowded plot may leave a point label no place but one whose leader crosses a line, or
          // one beside another point's ring)
          const smallPhone = c.box.width < 330 || c.box.screen.startsWith('short');
          // (and a leader, a thin line itself, may cross a note's rule: a point on or beside the noted day has
          // its label on one side of the rule or the other. Below a phone's 358 px, where neither side of the
          // rule has room for it, a point's label may cross the rule too, which a knock-out box hides there.)
          const mayCross =
            (a.name.endsWith(' leader') && m.name.startsWith('rule ')) ||
            (c.box.width < 358 && a.name.startsWith('point ') && m.name.startsWith('rule ')) ||
            (smallPhone && ((a.name.endsWith(' leader') && m.name.startsWith('line ')) || (a.name.startsWith('point ') && m.name.startsWith('ring '))));
          if (m.labelledBy !== owner(a.name) && !mayCross && overlaps(a.box, m.box, 0.5)) problems.push(`"${a.name}" crosses ${m.name}`);
        }
      if (leaves(a.box)) problems.push(`"${a.name}" leaves the drawing`);
    });
    for (const m of d.marks) if (leaves(m.box)) problems.push(`${m.name} leaves the drawing`);
    // the drawing, scaled to the box, fits it: nothing is drawn over the caption below the chart
    if (d.height * d.scale > c.box.height + 1) problems.push(`the drawing is ${Math.round(d.height * d.scale)} px tall in a box of ${c.box.height} px`);
    // text keeps its size at every screen: no drawing is scaled down to fit
    if (d.scale < 1) problems.push(`labels shrink to ${(TYPE.label * d.scale).toFixed(1)} px`);
    expect([...new Set(problems)].join('\n')).toBe('');
  });
});

/** Every step of every line chart in the story, in both languages. */
const lineSteps = LOCALES.flatMap((locale) =>
  stories[locale].sections.flatMap((s) =>
    s.charts.filter((c) => c.kind === 'lines').flatMap((chart) => (chart.layouts as LinesLayout[]).map((layout, i) => ({ name: `${chart.id} step ${i + 1} (${locale})`, layout }))),
  ),
);

describe("a line chart's point labels stand apart: two labels never read as one block", () => {
  // (8 px between any two, beyond a small phone's crowded plot of less than 220 px; 3 px there)
  it('there are line charts with two labelled points at a step', () => expect(lineSteps.some((s) => s.layout.points.length > 1)).toBe(true));
  it.each(lineSteps.flatMap(({ name, layout }) => CHART_BOXES.map((box) => [`${name}, ${box.screen}`, layout, box] as const)))('%s', (_name, layout, box) => {
    const d = fitLines(layout, box);
    const gap = d.plot.width < 220 ? 3 : 8;
    const boxes = d.points.map(pointLabelBox);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b, -gap)).toBe(false)));
  });
});

describe("no note's rule runs through a point's label: where one crosses it (a small phone), the label stands on a box of the paper's colour", () => {
  it.each(lineSteps.flatMap(({ name, layout }) => CHART_BOXES.map((box) => [`${name}, ${box.screen}`, layout, box] as const)))('%s', (_name, layout, box) => {
    const d = fitLines(layout, box);
    for (const p of d.points) {
      const label = pointLabelBox(p);
      const crossed = d.notes.some((n) => n.x > label.x && n.x < label.x + label.width && n.bottom > label.y && n.top < label.y + label.height);
      expect(!!p.knock, p.id).toBe(crossed);
      // (the box holds the label's)
      if (p.knock) expect([p.knock.x <= label.x, p.knock.y <= label.y, p.knock.x + p.knock.width >= label.x + label.width, p.knock.y + p.knock.height >= label.y + label.height]).toEqual([true, true, true, true]);
    }
  });
});

describe("a line chart's plot keeps its place and size at every step, as notes come in", () => {
  const lineCharts = LOCALES.flatMap((locale) => stories[locale].sections.flatMap((s) => s.charts.filter((c) => c.kind === 'lines').map((chart) => ({ locale, chart }))));
  it('there are line charts to check', () => expect(lineCharts.length).toBeGreaterThan(0));
  it.each(lineCharts.flatMap(({ locale, chart }) => CHART_BOXES.map((box) => [`${chart.id} (${locale}, ${box.screen})`, chart.layouts as LinesLayout[], box] as const)))('%s', (_name, layouts, box) => {
    const plots = layouts.map((layout) => fitLines(layout, box).plot);
    for (const plot of plots) expect(plot).toEqual(plots[0]);
  });
});

// (the story's row charts; and, below, fixtures of both kinds with a note or a row that comes in at the second
// step)
describe("a row chart's bars keep their scale at every step, as notes and rows come in and focus moves", () => {
  const rowCharts = LOCALES.flatMap((locale) => stories[locale].sections.flatMap((s) => s.charts.filter((c) => c.kind === 'rows').map((chart) => ({ locale, chart }))));
  const cases = rowCharts.flatMap(({ locale, chart }) =>
    [...CHART_BOXES, ...SHORTER_BOXES.rows!].map((box) => [`${chart.id} (${locale}, ${box.screen})`, chart.layouts as RowBarsLayout[], box] as const),
  );
  it('there are row charts to check', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (_name, layouts, box) => {
    const scales = layouts.map((layout) => fitRows(layout, box).ticks.map((t) => [t.value, t.x]));
    for (const scale of scales) expect(scale).toEqual(scales[0]);
  });
});

describe('fixtures: bracket notes beside rows of different lengths stand at one place, wrapped alike', () => {
  const text = 'The first cost nine times as much';
  const layout = rowBarsLayout({
    items: [60, 2, 15, 1].map((to, i) => ({ id: `r${i}`, label: `Row ${i}`, valueText: `$${to}.00`, to, tone: 'other', highlighted: true })),
    domain: [0, 60],
    unit: 'usd',
    locale: 'en',
    notes: [
      { id: 'long', row: 'r0', toRow: 'r1', text },
      { id: 'short', row: 'r2', toRow: 'r3', text },
    ],
  });
  it.each(CHART_BOXES.map((box) => [box.screen, box] as const))('%s', (_name, box) => {
    const [a, b] = fitRows(layout, box).notes;
    expect(a!.bracket!.x).toBe(b!.bracket!.x);
    expect(a!.lines).toEqual(b!.lines);
  });
});

describe('fixtures: a row chart drawn compact keeps its scale as the focus moves from row to row', () => {
  // twenty rows, too many for a small phone: those out of focus are drawn as thin bars without names
  const rows = (focus: readonly string[]) =>
    rowBarsLayout({
      items: Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, label: i % 3 ? `Row ${i}` : `A longer row name ${i}`, valueText: `${i}%`, to: i - 10, tone: 'other', highlighted: focus.includes(`r${i}`) })),
      domain: [-10, 10],
      unit: 'pct',
      locale: 'en',
      notes: [],
      allNotes: [],
      compactNote: 'Thin bars ({n}): names in the table',
    });
  it.each([...CHART_BOXES, ...SHORTER_BOXES.rows!].map((box) => [box.screen, box] as const))('%s', (_name, box) => {
    const steps = [['r0', 'r3', 'r6'], ['r1'], ['r12', 'r15', 'r18']].map((focus) => fitRows(rows(focus), box));
    for (const d of steps) expect(d.ticks).toEqual(steps[0]!.ticks);
  });
  it('is drawn compact in a small phone\'s box', () => expect(fitRows(rows(['r1']), SHORTER_BOXES.rows![0]!).rows.some((r) => r.compact)).toBe(true));
});

describe('fixtures: a row chart keeps its scale when rows with long names come in at its second step', () => {
  const rows = (shown: number) =>
    rowBarsLayout({
      items: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, label: `A row whose name wraps ${id}`, valueText: `$${(i + 1) * 10}`, to: (i + 1) * 10, tone: 'other', highlighted: true, visible: i < shown })),
      domain: [0, 60],
      unit: 'usd',
      locale: 'en',
      notes: [],
      allNotes: [],
    });
  it.each([...CHART_BOXES, ...SHORTER_BOXES.rows!].map((box) => [box.screen, box] as const))('%s', (_name, box) => {
    expect(fitRows(rows(1), box).ticks).toEqual(fitRows(rows(6), box).ticks);
  });
});

/** A line of four values (x 0 to 3) in dollars, with the notes and options given. */
const fourDays = (options: Partial<LinesOptions>) =>
  linesLayout({
    series: [{ id: 's', label: 'S', tone: 'nvidia', highlighted: true, values: [0, 1, 2, 3].map((x) => ({ x, y: [10, 14, 6, 8][x]! })) }],
    points: [],
    xDomain: [0, 3],
    revealTo: 3,
    xTicks: [],
    yUnit: 'usd',
    locale: 'en',
    ...options,
  });

describe('fixtures: a chart keeps its scale when a note comes in at its second step', () => {
  const note = { id: 'note-1', row: 'b', toRow: 'c', text: 'A note long enough to wrap to two lines or more on a phone' };
  const lines = (notes: (typeof note)[]) => fourDays({ notes, allNotes: [note], noteX: () => 2 });
  const rows = (notes: (typeof note)[]) =>
    rowBarsLayout({
      items: ['a', 'b', 'c'].map((id, i) => ({ id, label: `Row ${id}`, valueText: `$${(i + 1) * 20}`, to: (i + 1) * 20, tone: 'other', highlighted: true })),
      domain: [0, 60],
      unit: 'usd',
      locale: 'en',
      notes,
      allNotes: [note],
    });
  it.each(CHART_BOXES.map((box) => [box.screen, box] as const))('%s', (_name, box) => {
    expect(fitLines(lines([note]), box).notes).toHaveLength(1);
    expect(fitLines(lines([note]), box).plot).toEqual(fitLines(lines([]), box).plot);
    expect(fitRows(rows([note]), box).notes).toHaveLength(1);
    expect(fitRows(rows([note]), box).ticks).toEqual(fitRows(rows([]), box).ticks);
  });
});

describe("fixtures: a line chart's axis unit stands just above its plot, under the notes' band", () => {
  // a long note at x 2 of 0-3 (left of its rule at all but the widest boxes, wrapped to the room there: over the
  // unit's place in some) and a short one at the left edge, whose rule runs down through the unit's place
  const LONG = { id: 'long', row: 'b', text: 'A note long enough to wrap to two lines or more on a phone' };
  const SHORT = { id: 'short', row: 'a', text: 'Short' };
  const lines = (notes: (typeof LONG)[], allNotes: (typeof LONG)[]) => fourDays({ axis: '$ per share', notes, allNotes, noteX: (row) => ({ a: 0, b: 2 })[row] });
  const unitBox = (d: ReturnType<typeof fitLines>) => textBox([d.yUnit!.text], d.yUnit!.x, d.yUnit!.y, TYPE.tick, 'start', true);
  it.each(CHART_BOXES.map((box) => [box.screen, box] as const))('%s', (_name, box) => {
    // the long note alone: the unit 16 px over the plot, at every step alike, clear of the note; but at the top
    // where the note's lines reach its place: 288 px wide (a small phone's box: four lines) and 343 px (an iPhone
    // SE's: three lines, each longer than the four of 328 px, the most common Android's)
    const low = ![288, 343].includes(box.width);
    for (const notes of [[], [LONG]]) {
      const d = fitLines(lines(notes, [LONG]), box);
      expect(d.yUnit!.y).toBe(low ? round(d.plot.y - 16) : TYPE.tick);
      for (const n of d.notes) expect(overlaps(textBox(n.lines, n.labelX, n.labelY, TYPE.note, n.anchor, true), unitBox(d), -4)).toBe(false);
    }
    // with a note at the left edge, whose rule would cross the unit's place: the unit at the top, above the band
    for (const notes of [[SHORT], [LONG]]) {
      const d = fitLines(lines(notes, [LONG, SHORT]), box);
      expect(d.yUnit!.y).toBe(TYPE.tick);
      for (const n of d.notes) expect(n.labelY - TYPE.note).toBeGreaterThan(d.yUnit!.y);
    }
  });
});
