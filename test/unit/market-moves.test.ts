// The market-moves chart: its layout as a pure function of rows and step state, and its data checked
// against the daily prices it says it was calculated from.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { marketMovesLayout, orderRows, toneOf, type MarketMoveRow } from '../../src/lib/charts/market-moves';
import { fitRows } from '../../src/lib/charts/row-bars';
import { marketMoveRow } from '../../src/lib/charts/market-moves.schema';
import { formatProse } from '../../src/lib/display';
import { decimalsOf } from '../../src/lib/format';

const row = (id: string, group: MarketMoveRow['group'], change_pct: number, tone?: MarketMoveRow['tone']): MarketMoveRow => ({
  id,
  tone,
  label_en: `${id} en`,
  label_de: `${id} de`,
  group,
  symbol: id,
  change_pct,
  source: 'x',
});
const ROWS = [row('AAPL', 'winners', 3.18), row('IXIC', 'index', -3.07), row('NVDA', 'chips', -16.97, 'nvidia'), row('VST', 'power', -28.3)];

describe('orderRows', () => {
  it('puts companies first, biggest fall on top, then the indexes', () => {
    expect(orderRows(ROWS).map((r) => r.id)).toEqual(['VST', 'NVDA', 'AAPL', 'IXIC']);
  });
});

describe('toneOf', () => {
  it.each([
    ['NVDA', -16.97, 'nvidia', 'nvidia'],
    ['NVDA', -16.97, undefined, 'fall'],
    ['VST', -28.3, undefined, 'fall'],
    ['AAPL', 3.18, undefined, 'rise'],
    ['AAPL', 3.18, 'alt', 'alt'],
  ] as const)('%s %s, tone column %s -> %s', (id, change, column, tone) => {
    expect(toneOf(row(id, 'chips', change, column))).toBe(tone);
  });
});

describe('marketMovesLayout', () => {
  const layout = marketMovesLayout(ROWS, { highlight: ['NVDA'] }, 'en');
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
    expect(marketMovesLayout(ROWS, { highlight: [] }, 'en').rows.every((b) => b.highlighted)).toBe(true);
  });

  it('leaves a gap before the indexes and labels in the page language', () => {
    const d = fitRows(layout, { width: 358, height: 430 });
    const placed = (id: string) => d.rows.find((r) => r.id === id)!;
    expect(placed('IXIC').y - placed('AAPL').y).toBeGreaterThan(placed('AAPL').pitch);
    expect(d.dividers).toHaveLength(1);
    expect(d.dividers[0]).toBeGreaterThan(placed('AAPL').y);
    expect(bar('IXIC').groupStart).toBe(true);
    expect(bar('IXIC').style).toBe('outline');
    expect(marketMovesLayout(ROWS, { highlight: [] }, 'de').rows[0]!.label).toBe('VST de');
    expect(bar('AAPL').valueText).toBe('+3.2%');
  });

  it('labels every value at one precision and marks one given with fewer digits as approximate', () => {
    const l = marketMovesLayout([{ ...row('AVGO', 'chips', -17.4), decimals: 2 }, { ...row('ASML', 'europe', -7), decimals: 0 }], { highlight: [] }, 'de');
    expect(l.rows.map((r) => r.valueText)).toEqual(['\u221217,4\u00a0%', '\u2248\u22127\u00a0%']);
  });
});

describe('content/data/market-moves.csv', () => {
  const root = join(import.meta.dirname, '../..');
  const raw = csvParse(readFileSync(join(root, 'content/data/market-moves.csv'), 'utf8'));
  const moves = raw.map((r) => ({ ...marketMoveRow.parse(r), written: decimalsOf(r.change_pct ?? '') }));
  const prices = csvParse(readFileSync(join(root, 'content/data/prices.csv'), 'utf8'));
  const close = (symbol: string, date: string) => Number(prices.find((p) => p.symbol === symbol && p.date === date)?.close);
  const fromPrices = moves.filter((m) => m.source === 'prices-yahoo-ibkr');

  it('has calculated rows to check', () => {
    expect(fromPrices.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fromPrices.map((m) => [m.id, m.symbol, m.change_pct, m.written] as const))(
    '%s (%s) %s% equals the close-to-close move from 24 to 27 January in prices.csv',
    (_id, symbol, change, written) => {
      const before = close(symbol, '2025-01-24');
      const after = close(symbol, '2025-01-27');
      expect(Number.isFinite(before) && Number.isFinite(after)).toBe(true);
      expect(Number((((after - before) / before) * 100).toFixed(written))).toBeCloseTo(change, 9);
      // the chart and prose round it to one decimal: the same as rounding the exact move
      expect(formatProse({ value: change, unit: 'pct-change', decimals: written }, 'en')).toBe(
        formatProse({ value: Number((((after - before) / before) * 100).toFixed(6)), unit: 'pct-change', decimals: 6 }, 'en'),
      );
    },
  );
});
