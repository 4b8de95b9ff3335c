// The moves in content/data/market-moves.csv checked against the daily prices they say they were calculated
// from (content/data/prices.csv).
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProse } from '../../src/lib/display';
import { decimalsOf } from '../../src/lib/format';

describe('content/data/market-moves.csv', () => {
  const root = join(import.meta.dirname, '../..');
  const raw = csvParse(readFileSync(join(root, 'content/data/market-moves.csv'), 'utf8'));
  const parsed = raw.map((r) => ({ id: r.id!, symbol: r.symbol!, source: r.source!, change_pct: Number(r.change_pct), written: decimalsOf(r.change_pct ?? '') }));
  const prices = csvParse(readFileSync(join(root, 'content/data/prices.csv'), 'utf8'));
  const close = (symbol: string, date: string) => Number(prices.find((p) => p.symbol === symbol && p.date === date)?.close);
  const fromPrices = parsed.filter((m) => m.source === 'prices-yahoo-ibkr');

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
