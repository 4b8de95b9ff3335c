// The shared row layout: domains, hidden rows, groups, reference lines and ticks.
import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/lib/charts/axis';
import { barGeometry, enteringRows, fitRows, inFirstOrder, rowBarsLayout, type RowItem } from '../../src/lib/charts/row-bars';
import { scaleLinear } from 'd3-scale';
import { textWidth, TYPE } from '../../src/lib/charts/text';
import { place } from '../../src/components/charts/shared/place';

const item = (id: string, to: number, extra: Partial<RowItem> = {}): RowItem => ({
  id,
  label: id,
  valueText: String(to),
  to,
  tone: 'fall',
  highlighted: true,
  ...extra,
});

describe('rowBarsLayout', () => {
  it('draws stacked segments from where the previous one ended, as fractions of the value axis', () => {
    const l = rowBarsLayout({
      items: [item('a', 600), item('b', 800, { from: 600 }), item('total', 800, { groupStart: true })],
      domain: [0, 1000],
      unit: 'usd-bn',
      locale: 'en',
      refLines: [{ id: 'tn', value: 1000, label: '$1tn' }],
    });
    const [a, b, total] = l.rows;
    expect(a).toMatchObject({ x0: 0, x1: 0.6 });
    expect(b).toMatchObject({ x0: 0.6, x1: 0.8 });
    expect(total!.groupStart).toBe(true);
    expect(l.refLines).toEqual([{ id: 'tn', at: 1, label: '$1tn' }]);
    expect(l.zero).toBeUndefined();
  });

  it('moves hidden rows to the bottom', () => {
    const l = rowBarsLayout({ items: [item('later', 300, { visible: false }), item('a', 200), item('b', 100)], domain: [0, 300], unit: 'usd-bn', locale: 'en' });
    expect(l.rows.map((r) => [r.id, r.visible])).toEqual([
      ['a', true],
      ['b', true],
      ['later', false],
    ]);
  });

  it('mutes rows that are not highlighted, Nvidia in a paler purple', () => {
    const l = rowBarsLayout({
      items: [item('a', -5, { highlighted: false, tone: 'nvidia' }), item('b', -4, { highlighted: false }), item('c', -3)],
      domain: [-5, 0],
      unit: 'pct-change',
      locale: 'en',
    });
    expect(l.rows.map((r) => r.tone)).toEqual(['nvidia-muted', 'muted', 'fall']);
  });

  it('prints bare ticks beside an axis unit for money', () => {
    const l = rowBarsLayout({ items: [item('a', 600)], domain: [0, 600], unit: 'usd-bn', locale: 'de', axisUnit: 'Mrd. $' });
    expect(l.ticks.map((t) => t.label)).toEqual(['0', '100', '200', '300', '400', '500', '600']);
    expect(l.unit).toBe('Mrd. $');
  });
});

describe("fitRows: a few rows fill a laptop's frame", () => {
  // four rows in two groups (the price war's chart), in the chart boxes of a laptop and a desktop
  const four = rowBarsLayout({
    items: [item('a', 15), item('b', 0.55), item('c', 60, { groupStart: true }), item('d', 2.19)],
    domain: [0, 60],
    unit: 'usd',
    locale: 'en',
  });
  it.each([
    [784, 585],
    [880, 700],
  ])('in a %i x %i box, the rows take at least seven tenths of its height, bars at most 44 px thick', (width, height) => {
    const d = fitRows(four, { width, height });
    expect(d.plotBottom - d.plotTop).toBeGreaterThanOrEqual(0.7 * height);
    for (const r of d.rows) expect(r.barHeight).toBeLessThanOrEqual(44);
  });
});

describe('fitRows', () => {
  const layout = rowBarsLayout({
    items: [item('long', 600, { valueText: '$600bn' }), item('short', 40, { valueText: '$40bn' }), item('hidden', 100, { visible: false })],
    domain: [0, 1000],
    unit: 'usd-bn',
    locale: 'en',
    refLines: [{ id: 'ref', value: 1000, label: 'All stocks' }],
  });
  it.each([
    [358, 430],
    [880, 700],
  ])('shares the height of a %i x %i box among the visible rows', (width, height) => {
    const d = fitRows(layout, { width, height });
    const [long, short] = d.rows;
    expect(d.height).toBe(height);
    expect(short!.y).toBeCloseTo(long!.y + long!.pitch);
    expect(short!.y + short!.pitch).toBeLessThanOrEqual(height);
    expect(d.rows.find((r) => r.id === 'hidden')!.visible).toBe(false);
    // the bars keep their proportions in px
    expect(long!.barWidth / short!.barWidth).toBeCloseTo(600 / 40, 0);
    expect(d.refLines[0]!.x).toBeCloseTo(d.plotRight);
  });
  it.each([
    ['positive bars wait at the axis start', [item('a', 300), item('b', 200, { visible: false }), item('c', 100, { visible: false })], [0, 300]],
    ['negative bars wait at zero', [item('a', -30), item('b', -20, { visible: false }), item('c', -10, { visible: false })], [-30, 0]],
  ] as const)('hidden rows: each in its own slot below the shown ones, its bar as long as shown (%s)', (_, items, domain) => {
    const l = rowBarsLayout({ items: [...items], domain: [...domain], unit: 'pct', locale: 'en' });
    const d = fitRows(l, { width: 358, height: 430 });
    const hidden = d.rows.filter((r) => !r.visible);
    const shown = fitRows(rowBarsLayout({ items: items.map((i) => ({ ...i, visible: true })), domain: [...domain], unit: 'pct', locale: 'en' }), { width: 358, height: 430 });
    expect(hidden).toHaveLength(2);
    // two rows entering together never start on top of each other
    expect(new Set(hidden.map((r) => r.y)).size).toBe(2);
    for (const r of hidden) {
      expect(r.y).toBeGreaterThanOrEqual(Math.max(...d.rows.filter((s) => s.visible).map((s) => s.y + s.pitch)));
      // (it comes in at its place, unseen until then: RowBars.svelte)
      const full = shown.rows.find((s) => s.id === r.id)!;
      expect([r.barX, r.barWidth]).toEqual([full.barX, full.barWidth]);
    }
  });
  it.each([
    [358, 430],
    [880, 700],
  ])('in a %i x %i box, the grid and reference lines of a step with rows still to come are as long as with all of them', (width, height) => {
    const rows = [item('a', 300), item('b', 200, { visible: false }), item('c', 100, { visible: false })];
    const at = (shown: number) => fitRows(rowBarsLayout({ items: rows.map((r, i) => ({ ...r, visible: i < shown })), domain: [0, 300], unit: 'usd-bn', locale: 'en', refLines: [{ id: 'ref', value: 250, label: 'A line' }] }), { width, height });
    expect(at(1).plotBottom).toBe(at(3).plotBottom);
    expect(at(1).refLines[0]!.bottom).toBe(at(3).refLines[0]!.bottom);
  });
  it.each([
    [10, { width: 358, height: 400 }],
    [30, { width: 358, height: 200 }],
    [30, { width: 900, height: 300 }],
  ])('%i rows in %j: packed no closer than a line of text, scaled down only if they cannot fit, never beyond the box', (n, box) => {
    const many = rowBarsLayout({ items: Array.from({ length: n }, (_, i) => item(`r${i}`, i + 1)), domain: [0, 30], unit: 'usd-bn', locale: 'en' });
    const d = fitRows(many, box);
    const pitch = d.rows[1]!.y - d.rows[0]!.y;
    expect(pitch).toBeGreaterThanOrEqual(TYPE.label * 1.05 + 1);
    // scaled down exactly when the rows would not fit at full size
    expect(d.scale < 1).toBe(n * (TYPE.label * 1.05 + 1) + d.plotTop > box.height);
    expect(d.height * d.scale).toBeLessThanOrEqual(box.height + 0.5);
    expect(d.width * d.scale).toBeCloseTo(box.width, 1);
  });
  it.each([
    // rows, of which in focus, box: compact rows expected, scaled down expected
    [20, 6, { width: 288, height: 270 }, true, false],
    [20, 6, { width: 358, height: 600 }, false, false],
    [20, 20, { width: 288, height: 270 }, false, true],
    [40, 30, { width: 288, height: 270 }, true, true],
  ])('%i rows, %i in focus, in %j: rows out of focus turn compact before any text shrinks', (n, focus, box, compact, scaled) => {
    const rows = rowBarsLayout({ items: Array.from({ length: n }, (_, i) => item(`r${i}`, i + 1, { highlighted: i < focus })), domain: [0, 50], unit: 'usd-bn', locale: 'en', compactNote: 'Thin: {n} more' });
    const d = fitRows(rows, box);
    expect(d.rows.some((r) => r.compact)).toBe(compact);
    expect(d.scale < 1).toBe(scaled);
    // a line under the rows says what the thin bars are and how many, below the last row, inside the drawing
    expect(d.compactNote?.lines.join(' ')).toBe(compact ? `Thin: ${n - focus} more` : undefined);
    if (d.compactNote) {
      expect(d.compactNote.y - TYPE.note).toBeGreaterThanOrEqual(d.plotBottom);
      expect(d.compactNote.y + TYPE.note * 0.3).toBeLessThanOrEqual(d.height);
    }
    // only rows out of focus turn compact, and they all do
    if (compact) for (const r of d.rows) expect(r.compact).toBe(!r.highlighted);
    // the rows in focus keep a full line of text each
    const inFocus = d.rows.filter((r) => r.highlighted);
    for (const [a, b] of inFocus.slice(1).map((r, i) => [inFocus[i]!, r] as const)) if (!d.rows.slice(d.rows.indexOf(a) + 1, d.rows.indexOf(b)).length) expect(b.y - a.y).toBeGreaterThanOrEqual(TYPE.label * 1.05 + 1);
    expect(d.height * d.scale).toBeLessThanOrEqual(box.height + 0.5);
  });
  it.each([
    // rows, of which in focus, the named row out of focus, box
    [20, 6, 10, { width: 288, height: 270 }],
    [20, 6, 19, { width: 358, height: 330 }],
    [40, 30, 35, { width: 288, height: 270 }],
  ])('%i rows, %i in focus: row %i, named at every step, keeps its name and a full line where the others out of focus turn compact', (n, focus, named, box) => {
    const rows = rowBarsLayout({ items: Array.from({ length: n }, (_, i) => item(`r${i}`, i + 1, { highlighted: i < focus, named: i === named })), domain: [0, 50], unit: 'usd-bn', locale: 'en', compactNote: 'Thin: {n} more' });
    const d = fitRows(rows, box);
    const kept = d.rows.find((r) => r.id === `r${named}`)!;
    expect(kept.highlighted).toBe(false);
    expect(kept.compact).toBe(false);
    for (const r of d.rows) if (r !== kept) expect(r.compact).toBe(!r.highlighted);
    expect(d.compactNote?.lines.join(' ')).toBe(`Thin: ${n - focus - 1} more`);
    expect(kept.pitch).toBeGreaterThanOrEqual(TYPE.label * 1.05 + 1);
    expect(d.height * d.scale).toBeLessThanOrEqual(box.height + 0.5);
  });
  it.each([
    [358, 430],
    [880, 700],
  ])('in a %i x %i box, rows that enter step by step come in below an axis that stays where it stands with all of them', (width, height) => {
    const at = (shown: number) =>
      fitRows(rowBarsLayout({ items: [500, 200, 100, 70].map((v, i) => item(`r${i}`, v, { visible: i < shown })), domain: [0, 1000], unit: 'usd-bn', locale: 'en', refLines: [{ id: 'ref', value: 1000, label: 'All' }] }), { width, height });
    const axis = (d: ReturnType<typeof fitRows>) => d.offsetY + d.tickY;
    for (const shown of [1, 2, 3]) expect(axis(at(shown))).toBe(axis(at(4)));
  });
  it.each([
    // stacked to the reference line, as the value-lost chart: no value can stand beyond a bar's end
    ['no value stands beyond its bar: the bars take the room', [item('a', 950), item('b', 980, { from: 950 }), item('c', 1000, { from: 980 })], false],
    ['one value stands beyond its bar: room is kept for it', [item('a', 600), item('b', 200)], true],
  ] as const)('%s', (_, items, roomKept) => {
    const width = 358;
    const d = fitRows(rowBarsLayout({ items: [...items], domain: [0, 1000], unit: 'usd-bn', locale: 'en', refLines: [{ id: 'ref', value: 1000, label: 'All' }] }), { width, height: 430 });
    const beyond = d.rows.filter((r) => r.valueAnchor === 'start' && !r.valueInside);
    expect(beyond.length > 0).toBe(roomKept);
    if (roomKept) for (const r of beyond) expect(r.valueX + 20).toBeLessThanOrEqual(width);
    else expect(d.plotRight).toBe(width - 4);
  });
  it('draws no tick where a reference line stands', () => {
    const l = rowBarsLayout({ items: [item('a', 600)], domain: [0, 1000], unit: 'usd-bn', locale: 'en', refLines: [{ id: 'ref', value: 1000, label: 'All' }] });
    expect(l.ticks.some((t) => t.value === 1000)).toBe(true);
    const d = fitRows(l, { width: 880, height: 700 });
    expect(d.ticks.length).toBeGreaterThan(1);
    expect(d.ticks.some((t) => Math.abs(t.x - d.refLines[0]!.x) < 1)).toBe(false);
  });
  it('puts a value inside its bar where a reference line blocks the room beyond its end', () => {
    const d = fitRows(layout, { width: 358, height: 430 });
    const long = d.rows[0]!;
    const valueEnd = long.valueAnchor === 'start' ? long.valueX + 60 : long.valueX;
    expect(valueEnd).toBeLessThan(d.refLines[0]!.x);
  });
});

describe('fitRows: values and the zero line', () => {
  // falls and rises with long names, as a market's moves: in a narrow box the names leave little room left of
  // the bars, in a wide one there is room for every value beyond its bar's end
  const moves = rowBarsLayout({
    items: [
      ['Constellation Energy', -21],
      ['Schneider Electric', -17.4],
      ['Micron Technology', -11.7],
      ['Alphabet', -4.2],
      ['Apple', 3.2],
    ].map(([label, to]) => item(String(label), Number(to), { label: String(label), valueText: `${Number(to) > 0 ? '+' : '−'}${Math.abs(Number(to)).toFixed(1)}%` })),
    domain: [-21, 3.2],
    unit: 'pct-change',
    locale: 'en',
  });
  /** Which side of the zero line a row's value stands on, and whether it stands at the drawing's right edge. */
  const sides = (box: { width: number; height: number }) => {
    const d = fitRows(moves, box);
    return d.rows.map((r) => {
      const fall = r.barX < d.zeroX! - 0.5;
      const right = r.valueAnchor === 'start' ? r.valueX > d.zeroX! : r.valueX > d.zeroX! + 1;
      return { fall, acrossZero: fall === right, inColumn: r.valueAnchor === 'end' && r.valueX === d.width };
    });
  };
  it.each([
    [288, 300],
    [358, 430],
    [880, 500],
  ])('in a %i x %i box no value stands across zero from its bar, unless all stand in one column at the right', (width, height) => {
    const rows = sides({ width, height });
    if (rows.some((r) => r.inColumn)) expect(rows.filter((r) => !r.inColumn)).toEqual([]);
    else expect(rows.filter((r) => r.acrossZero)).toEqual([]);
  });
  it('the column stands where a value would otherwise cross zero (a narrow box), and only there', () => {
    expect(sides({ width: 288, height: 300 }).every((r) => r.inColumn)).toBe(true);
    expect(sides({ width: 880, height: 500 }).some((r) => r.inColumn)).toBe(false);
  });
  it.each([288, 358, 736, 880])('at %i px the ticks kept are evenly spaced and keep zero', (width) => {
    const d = fitRows(moves, { width, height: 400 });
    const values = d.ticks.map((t) => t.value);
    expect(values).toContain(0);
    const steps = new Set(values.slice(1).map((v, i) => Math.round((v - values[i]!) * 1000)));
    expect(steps.size).toBeLessThanOrEqual(1);
  });
});

describe('fitRows: names above their bars in a narrow box', () => {
  // bars that all grow from zero, with long names and long values: beside a column of names the bars would
  // have little room in a phone's box
  const named = (n: number, extra: Partial<RowItem> = {}) =>
    Array.from({ length: n }, (_, i) => item(`r${i}`, 60 - i * 10, { label: `A rather long name number ${i}`, valueText: `${60 - i * 10}.00 dollars a day`, ...extra }));
  const rows = (n: number, extra: Partial<RowItem> = {}) => rowBarsLayout({ items: named(n, extra), domain: [0, 60], unit: 'usd-bn', locale: 'en' });
  it.each([
    // rows, box, names above expected
    [4, { width: 288, height: 270 }, true],
    [4, { width: 358, height: 400 }, true],
    // room beside the names: a column
    [4, { width: 880, height: 700 }, false],
    // too many rows for the height with a line each for their names: a column
    [12, { width: 288, height: 270 }, false],
  ])('%i rows in %j: names above %s', (n, box, expected) => {
    const d = fitRows(rows(n), box);
    expect(d.nameAnchor).toBe(expected ? 'start' : 'end');
    if (!expected) return;
    const longest = d.rows[0]!;
    // the longest bar and its value take the box's width; each name starts at the left edge, on one line,
    // its baseline just above its bar (its descenders clear of it) and below the row before's bar
    expect(longest.valueX + textWidth(longest.valueText, TYPE.label, true)).toBeGreaterThan(box.width - 10);
    d.rows.forEach((r, i) => {
      expect([r.nameX, r.barX, r.nameLines.length]).toEqual([0, 0, 1]);
      expect(r.barY - r.nameY).toBeGreaterThan(TYPE.label * 0.2);
      expect(r.barY - r.nameY).toBeLessThan(TYPE.label);
      if (i > 0) expect(r.nameY - TYPE.label).toBeGreaterThan(d.rows[i - 1]!.barY + d.rows[i - 1]!.barHeight);
    });
    expect(d.height).toBeLessThanOrEqual(box.height + 0.5);
  });
  it('a chart whose rows enter step by step lays out every step alike: the axis keeps its scale', () => {
    const steps = [2, 3, 4].map((shown) => rowBarsLayout({ items: named(4).map((r, i) => ({ ...r, visible: i < shown })), domain: [0, 60], unit: 'usd-bn', locale: 'en' }));
    const drawn = steps.map((l) => fitRows(l, { width: 288, height: 270 }));
    expect(new Set(drawn.map((d) => d.nameAnchor))).toEqual(new Set(['start']));
    expect(new Set(drawn.map((d) => JSON.stringify(d.ticks)))).toHaveProperty('size', 1);
  });
  it('a chart with a reference line keeps the column (the line would run through the names), as does a box of 420 px or more (drawn before measuring, and for print)', () => {
    const withRef = rowBarsLayout({ items: named(4), domain: [0, 60], unit: 'usd-bn', locale: 'en', refLines: [{ id: 'ref', value: 8, label: 'A line' }] });
    expect(fitRows(withRef, { width: 288, height: 600 }).nameAnchor).toBe('end');
    expect(fitRows(rows(4), { width: 288, height: 600 }).nameAnchor).toBe('start');
    expect(fitRows(rows(4), { width: 420, height: 460 }).nameAnchor).toBe('end');
  });
  it('falls and rises keep the column of names, which stands clear of bars going either way', () => {
    const moves = rowBarsLayout({ items: named(4).map((r, i) => ({ ...r, to: i % 2 ? -r.to : r.to })), domain: [-60, 60], unit: 'pct-change', locale: 'en' });
    expect(fitRows(moves, { width: 288, height: 270 }).nameAnchor).toBe('end');
  });
});

describe('fitRows: values without their unit in a narrow box', () => {
  // money rows with long names, whose values carry long units: beside a column of names, too many rows for
  // names above their bars in a small phone's box
  const money = (n: number, extra: Partial<RowItem> = {}) =>
    Array.from({ length: n }, (_, i) => item(`r${i}`, 600 - i * 50, { label: `Company ${i}, Sept. 2024`, valueText: `${600 - i * 50},0 Mrd. $`, bareText: `${600 - i * 50},0`, ...extra }));
  const chart = (items: RowItem[], axis: { axisUnit?: string } = { axisUnit: 'Mrd. $' }) => rowBarsLayout({ items, domain: [0, 600], unit: 'usd-bn', locale: 'de', ...axis });
  const room = (d: ReturnType<typeof fitRows>) => d.plotRight - d.plotLeft;
  const small = { width: 288, height: 270 };
  it.each([
    // box, values bare expected
    [small, true],
    [{ width: 358, height: 270 }, true],
    // room for the bars beside the units
    [{ width: 880, height: 700 }, false],
    // drawn before measuring, and for print: never
    [{ width: 420, height: 460 }, false],
  ])('8 rows in %j: values bare %s', (box, expected) => {
    const d = fitRows(chart(money(8)), box);
    expect(d.rows.map((r) => r.valueText)).toEqual(d.rows.map((r) => (expected ? r.bareText : `${r.bareText} Mrd. $`)));
    // bare where the bars with units would have had under a third of the width: they gain what the units took
    if (expected) expect(room(d)).toBeGreaterThan(room(fitRows(chart(money(8).map((r) => ({ ...r, bareText: undefined }))), box)) + 20);
    else expect(room(d)).toBeGreaterThanOrEqual(box.width / 3);
  });
  it('keeps every unit in a phone\'s box where the bars have room beside them (short names)', () => {
    const short = money(8).map((r, i) => ({ ...r, label: `C${i}` }));
    const d = fitRows(chart(short), small);
    expect(d.rows.map((r) => r.valueText)).toEqual(short.map((r) => r.valueText));
    expect(room(d)).toBeGreaterThanOrEqual(small.width / 3);
  });
  it('keeps every unit where a value has no bare text, or the axis prints no unit', () => {
    const oneWithout = money(8).map((r, i) => (i === 3 ? { ...r, bareText: undefined } : r));
    expect(fitRows(chart(oneWithout), small).rows.map((r) => r.valueText)).toEqual(oneWithout.map((r) => r.valueText));
    expect(fitRows(chart(money(8), {}), small).rows.map((r) => r.valueText)).toEqual(money(8).map((r) => r.valueText));
  });
  it('a chart whose rows enter step by step prints its values alike at every step: the bars keep their scale', () => {
    const steps = [2, 5, 8].map((shown) => chart(money(8).map((r, i) => ({ ...r, visible: i < shown }))));
    // (a box where all eight rows fit unscaled)
    const drawn = steps.map((l) => fitRows(l, { width: 288, height: 300 }));
    expect(drawn.map((d) => d.scale)).toEqual([1, 1, 1]);
    expect(new Set(drawn.map((d) => d.rows.find((r) => r.id === 'r0')!.valueText))).toEqual(new Set(['600,0']));
    expect(new Set(drawn.map((d) => `${d.plotLeft} ${d.plotRight} ${JSON.stringify(d.ticks)}`))).toHaveProperty('size', 1);
  });
  it('decides at the box\'s own size, also where the fullest step is drawn scaled down', () => {
    const steps = [2, 4, 8].map((shown) => chart(money(8).map((r, i) => ({ ...r, visible: i < shown }))));
    const drawn = steps.map((l) => fitRows(l, { width: 340, height: 230 }));
    expect(drawn.at(-1)!.scale).toBeLessThan(1);
    expect(new Set(drawn.map((d) => d.rows.find((r) => r.id === 'r0')!.valueText))).toHaveProperty('size', 1);
  });
});

describe('barGeometry', () => {
  /** The box a drawn bar covers: its size, moved and stretched by its transform. */
  const box = ({ width, height, transform }: ReturnType<typeof barGeometry>) => {
    const [tx, ty, sx = 1, sy = 1] = [...transform.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
    return { x: tx, y: ty, width: width * sx!, height: height * sy! };
  };
  it.each([
    ['a solid bar, grown by half a px each side', { barX: 10, barY: 20, barWidth: 100, barHeight: 12, style: 'solid' }, { x: 9.5, y: 19.5, width: 101, height: 13 }, true],
    ['an empty solid bar, not grown', { barX: 10, barY: 20, barWidth: 0, barHeight: 12, style: 'solid' }, { x: 10, y: 20, width: 0, height: 12 }, true],
    ['an outlined bar, only moved', { barX: 10.25, barY: 20, barWidth: 100.5, barHeight: 12, style: 'outline' }, { x: 10.25, y: 20, width: 100.5, height: 12 }, false],
    ['a ghost bar, only moved', { barX: 0, barY: 3, barWidth: 7, barHeight: 12, style: 'ghost' }, { x: 0, y: 3, width: 7, height: 12 }, false],
  ] as const)('%s', (_name, bar, expected, stretched) => {
    const drawn = barGeometry(bar);
    expect(box(drawn)).toEqual(expected);
    // a stretched bar is the unit square; a bar with a stroke keeps its size, so the stroke does not stretch
    expect(drawn.transform.includes('scale(')).toBe(stretched);
    if (stretched) expect([drawn.width, drawn.height]).toEqual([1, 1]);
  });
});

describe('inFirstOrder', () => {
  // rows placed at a later step, shown first and hidden after, put back in the order of the chart's first step
  const first = { rows: ['a', 'b', 'c', 'd'].map((id) => ({ id })) } as unknown as Parameters<typeof inFirstOrder>[1];
  it.each([
    ['a row that enters above one already shown', ['c', 'a', 'b', 'd'], ['a', 'b', 'c', 'd']],
    ['the same order', ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd']],
    ['all reversed', ['d', 'c', 'b', 'a'], ['a', 'b', 'c', 'd']],
    ['rows the first step does not list, after those it lists, in their own order', ['y', 'b', 'x', 'a'], ['a', 'b', 'y', 'x']],
  ])('%s', (_name, placed, expected) => {
    const rows = placed.map((id) => ({ id })) as unknown as Parameters<typeof inFirstOrder>[0];
    expect(inFirstOrder(rows, first).map((r) => r.id)).toEqual(expected);
  });
});

describe('enteringRows', () => {
  // a step's rows by id and whether they are shown
  const step = (rows: [string, boolean][]) => ({ rows: rows.map(([id, visible]) => ({ id, visible })) }) as unknown as Parameters<typeof enteringRows>[0];
  it.each([
    ['rows shown at both steps do not enter', [['a', true], ['b', true]], [['a', true], ['b', true]], []],
    ['rows hidden before and shown now enter', [['a', true], ['b', false], ['c', false]], [['a', true], ['b', true], ['c', true]], ['b', 'c']],
    ['a row the step before does not list enters', [['a', true]], [['a', true], ['x', true]], ['x']],
    ['a row that leaves does not enter', [['a', true], ['b', true]], [['a', true], ['b', false]], []],
    ['the same step: nothing enters', [['a', true], ['b', false]], [['a', true], ['b', false]], []],
  ] as [string, [string, boolean][], [string, boolean][], string[]][])('%s', (_name, before, now, expected) => {
    expect([...enteringRows(step(before), step(now))]).toEqual(expected);
  });
});

describe('place', () => {
  // the CSS transform a mark is given, from the transform attribute it is drawn with
  it.each([
    ['a move', 'translate(10.5,-3)', 'translate(10.5px,-3px)'],
    ['a move and a stretch', 'translate(-0.5,19.5) scale(101,13)', 'translate(-0.5px,19.5px) scale(101,13)'],
  ])('%s', (_name, transform, css) => {
    const node = { style: { transform: '' } } as unknown as SVGElement;
    place(transform)(node);
    expect(node.style.transform).toBe(css);
  });
  it('reads the transforms that barGeometry writes', () => {
    for (const style of ['solid', 'outline'] as const) {
      const node = { style: { transform: '' } } as unknown as SVGElement;
      place(barGeometry({ barX: 3, barY: 4, barWidth: 50, barHeight: 10, style }).transform)(node);
      expect(node.style.transform).toMatch(/^translate\(-?[\d.]+px,-?[\d.]+px\)( scale\([\d.]+,[\d.]+\))?$/);
    }
  });
});

describe('axisTicks', () => {
  it.each([
    [[-30, 10], 4, ['\u221230%', '\u221220%', '\u221210%', '0%', '+10%']],
    [[-2, 0], 4, ['\u22122.0%', '\u22121.5%', '\u22121.0%', '\u22120.5%', '0.0%']],
    [[0, 0.2], 2, ['0.0%', '+0.1%', '+0.2%']],
  ] as const)('domain %j, %i ticks', (domain, count, labels) => {
    const ticks = axisTicks(scaleLinear().domain(domain).range([0, 100]), count, 'pct-change', 'en');
    expect(ticks.map((t) => t.label)).toEqual(labels);
    expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
  });
});
