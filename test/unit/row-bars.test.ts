// The shared row layout: domains, hidden rows, groups, reference lines and ticks.
import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/lib/charts/axis';
import { columnsFor, rowBarsLayout, type RowItem } from '../../src/lib/charts/row-bars';
import { scaleLinear } from 'd3-scale';

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
  it('draws stacked segments from where the previous one ended', () => {
    const l = rowBarsLayout({
      items: [item('a', 600), item('b', 800, { from: 600 }), item('total', 800, { groupStart: true })],
      domain: [0, 1000],
      unit: 'usd-bn',
      locale: 'en',
      refLines: [{ id: 'tn', value: 1000, label: '$1tn' }],
    });
    const [a, b, total] = l.rows;
    expect(a).toMatchObject({ x: 0, width: 60 });
    expect(b).toMatchObject({ x: 60, width: 20 });
    expect(total!.y - b!.y).toBeGreaterThan(l.rowHeight);
    expect(l.refLines).toEqual([{ id: 'tn', x: 100, label: '$1tn' }]);
    expect(l.zeroX).toBeUndefined();
    expect(l.height).toBeGreaterThan(l.plotBottom);
  });

  it('moves hidden rows to the bottom without taking space', () => {
    const l = rowBarsLayout({
      items: [item('later', 300, { visible: false }), item('a', 200), item('b', 100)],
      domain: [0, 300],
      unit: 'usd-bn',
      locale: 'en',
    });
    expect(l.rows.map((r) => [r.id, r.visible])).toEqual([
      ['a', true],
      ['b', true],
      ['later', false],
    ]);
    expect(l.height).toBe(l.axisHeight + 2 * l.rowHeight + 4);
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

  it('fits as many ticks as the narrowest bar area has room for, bare for money', () => {
    const wide = rowBarsLayout({ items: [item('a', 600)], domain: [0, 600], unit: 'usd-bn', locale: 'de', moneyTicks: true });
    expect(wide.ticks.map((t) => t.label)).toEqual(['0', '200', '400', '600']);
    const narrow = rowBarsLayout({ items: [item('a very long name indeed for a row', 600, { valueText: '592,7 Mrd. $' })], domain: [0, 600], unit: 'usd-bn', locale: 'de', moneyTicks: true });
    expect(narrow.ticks.length).toBeLessThanOrEqual(2);
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

describe('columnsFor', () => {
  it.each([
    { labels: ['Nvidia'], values: ['+3.18%'], expected: { label: 22, plot: 62 } },
    { labels: ['Constellation Energy'], values: ['\u221216.97%'], expected: { label: 46, plot: 36 } },
    { labels: ['a very long name that would never fit anywhere'], values: ['592,7\u00a0Mrd.\u00a0$'], expected: { label: 46, plot: 25 } },
  ])('$labels.0 / $values.0', ({ labels, values, expected }) => {
    const c = columnsFor(labels, values);
    expect(c).toEqual(expected);
    expect(c.label + c.plot).toBeLessThan(100);
  });
});
