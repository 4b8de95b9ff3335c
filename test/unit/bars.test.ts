// Row bars from content (kind: bars): the layout as a pure function of rows, options and step state, with the
// options a chart of moves uses (sorted, coloured by sign, indexes outlined and apart) and a date column.
import { describe, expect, it } from 'vitest';
import { barsLayout, barsOptions, barsRow, barsState, type BarsRow } from '../../src/lib/charts/bars';
import { fitRows } from '../../src/lib/charts/row-bars';
import { formatMonth } from '../../src/lib/format';

const row = (id: string, change_pct: number, extra: Partial<BarsRow> = {}): BarsRow => ({ id, label_en: `${id} en`, label_de: `${id} de`, change_pct, source: 'x', ...extra });
const ROWS = [row('AAPL', 3.18), row('IXIC', -3.07, { style: 'outline' }), row('NVDA', -16.97, { tone: 'nvidia' }), row('VST', -28.3)];
const MOVES = barsOptions.parse({ sort: 'ascending', signTones: true });
const moves = barsLayout('change_pct', 'pct-change', MOVES);

describe('bars: order', () => {
  it.each([
    [{ sort: 'ascending' }, ['VST', 'NVDA', 'AAPL', 'IXIC']],
    [{ sort: 'descending' }, ['AAPL', 'NVDA', 'VST', 'IXIC']],
    [{}, ['AAPL', 'NVDA', 'VST', 'IXIC']],
  ] as const)('%j: solid rows first, in order, then the outlined ones', (options, ids) => {
    expect(barsLayout('change_pct', 'pct-change', barsOptions.parse(options))(ROWS, { highlight: [], show: [] }, 'en').rows.map((r) => r.id)).toEqual(ids);
  });
  it('sorts within groups, the groups in the order the CSV first names them', () => {
    const rows = [row('a', 1, { kind: 'in' }), row('b', 5, { kind: 'out' }), row('c', 3, { kind: 'in' }), row('d', 2, { kind: 'out' })];
    const l = barsLayout('change_pct', 'usd', barsOptions.parse({ sort: 'descending', groupColumn: 'kind' }))(rows, { highlight: [], show: [] }, 'en');
    expect(l.rows.map((r) => [r.id, r.groupStart])).toEqual([['c', false], ['a', false], ['b', true], ['d', false]]);
  });
});

describe('bars: tones', () => {
  it.each([
    [-16.97, 'nvidia', true, 'nvidia'],
    [-16.97, undefined, true, 'fall'],
    [3.18, undefined, true, 'rise'],
    [3.18, 'alt', true, 'alt'],
    [-16.97, undefined, false, 'other'],
  ] as const)('%s, tone column %s, signTones %s -> %s', (change, tone, signTones, shown) => {
    const l = barsLayout('change_pct', 'pct-change', barsOptions.parse({ signTones }))([row('X', change, { tone })], { highlight: [], show: [] }, 'en');
    expect(l.rows[0]!.tone).toBe(shown);
  });
});

describe('bars: a chart of moves', () => {
  const layout = moves(ROWS, { highlight: ['NVDA'], show: [] }, 'en');
  const bar = (id: string) => layout.rows.find((b) => b.id === id)!;

  it('places zero on a nice domain and bars on the right side of it', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(['\u221230%', '\u221225%', '\u221220%', '\u221215%', '\u221210%', '\u22125%', '0%', '+5%']);
    expect(layout.zero).toBeCloseTo(30 / 35, 3);
    expect(bar('VST').x1).toBeCloseTo(layout.zero!, 3);
    expect(bar('AAPL').x0).toBeCloseTo(layout.zero!, 3);
    expect((bar('VST').x1 - bar('VST').x0) / (bar('NVDA').x1 - bar('NVDA').x0)).toBeCloseTo(28.3 / 16.97, 2);
  });

  it('mutes what the step does not highlight', () => {
    expect(layout.rows.map((b) => [b.id, b.tone])).toEqual([
      ['VST', 'muted'],
      ['NVDA', 'nvidia'],
      ['AAPL', 'muted'],
      ['IXIC', 'muted'],
    ]);
    expect(moves(ROWS, { highlight: [], show: [] }, 'en').rows.every((b) => b.highlighted)).toBe(true);
  });

  it('leaves a gap before the indexes and labels in the page language', () => {
    const d = fitRows(layout, { width: 358, height: 430 });
    const placed = (id: string) => d.rows.find((r) => r.id === id)!;
    expect(placed('IXIC').y - placed('AAPL').y).toBeGreaterThan(placed('AAPL').pitch);
    expect(d.dividers).toHaveLength(1);
    expect(d.dividers[0]).toBeGreaterThan(placed('AAPL').y);
    expect(bar('IXIC').groupStart).toBe(true);
    expect(bar('IXIC').style).toBe('outline');
    expect(moves(ROWS, { highlight: [], show: [] }, 'de').rows[0]!.label).toBe('VST de');
    expect(bar('AAPL').valueText).toBe('+3.2%');
  });

  it('labels every value at one precision and marks one given with fewer digits as approximate', () => {
    const l = moves([row('AVGO', -17.4, { decimals: 2 }), row('ASML', -7, { decimals: 0 })], { highlight: [], show: [] }, 'de');
    expect(l.rows.map((r) => r.valueText)).toEqual(['\u221217,4\u00a0%', '\u2248\u22127\u00a0%']);
  });
});

describe('bars: rows named at every step', () => {
  it.each([
    [[], []],
    [['NVDA'], ['NVDA']],
    [['NVDA', 'IXIC'], ['NVDA', 'IXIC']],
  ])('alwaysNamed %j: those rows, and no others, are named out of focus too', (alwaysNamed, named) => {
    const l = barsLayout('change_pct', 'pct-change', barsOptions.parse({ sort: 'ascending', alwaysNamed }))(ROWS, { highlight: ['VST'], show: [] }, 'en');
    expect(l.rows.filter((r) => r.named).map((r) => r.id)).toEqual(named);
  });
});

describe('bars: values without their unit', () => {
  const losses = barsLayout('loss_usd_bn', 'usd-bn', barsOptions.parse({ sort: 'descending' }));
  const rows = [row('a', 0, { loss_usd_bn: 592.7 }), row('b', 0, { loss_usd_bn: 357, decimals: 0 }), row('c', 0, { loss_usd_bn: 1210 }), row('d', 0, { loss_usd_bn: -5 })];
  it('gives each value its number alone where the axis prints the unit, except one shown in another unit or below zero', () => {
    const l = losses(rows, { highlight: [], show: [] }, 'de', { notes: [], axis: 'Mrd. $' });
    expect(l.rows.map((r) => [r.valueText, r.bareText])).toEqual([
      ['1,2\u00a0Bio.\u00a0$', undefined],
      ['592,7\u00a0Mrd.\u00a0$', '592,7'],
      ['\u2248357\u00a0Mrd.\u00a0$', '\u2248357'],
      ['\u2248\u22125\u00a0Mrd.\u00a0$', undefined],
    ]);
    expect(losses(rows, { highlight: [], show: [] }, 'de').rows.every((r) => r.bareText === undefined)).toBe(true);
  });
});

describe('bars: a date column', () => {
  const options = barsOptions.parse({ sort: 'descending', dateColumn: 'date' });
  const rows = [row('old', 279, { date: '2024-09-03' }), row('new', 592.7, { date: '2025-01-27' })];
  const layout = (until?: string) => barsLayout('change_pct', 'usd-bn', options)(rows, { highlight: [], show: [], until }, 'en');
  it('names each row with its month', () => expect(layout().rows.map((r) => r.label)).toEqual([`new en, ${formatMonth('2025-01-27', 'en')}`, `old en, ${formatMonth('2024-09-03', 'en')}`]));
  it('holds back the rows after a step\'s day', () => expect(layout('2024-12-31').rows.filter((r) => r.visible).map((r) => r.id)).toEqual(['old']));
  it('lets steps say until only where rows have dates, and reads the date as a day', () => {
    expect(barsState(options).safeParse({ until: '2024-12-31' }).success).toBe(true);
    expect(barsState(barsOptions.parse({})).safeParse({ until: '2024-12-31' }).success).toBe(false);
    expect(barsRow('change_pct', options).safeParse({ id: 'a', source: 's', label_en: 'A', label_de: 'A', change_pct: '1', date: '3.9.2024' }).success).toBe(false);
  });
});
