// The margins chart's rows (lib/charts/margins.schema.ts, lib/charts/margins.ts): a period of four quarters is
// named by the month it ends in, and a row that is not a whole year must say when it ended.
import { describe, expect, it } from 'vitest';
import { marginRowName, type MarginRow } from '../../src/lib/charts/margins';
import { marginRow } from '../../src/lib/charts/margins.schema';

const cells = { id: 'x-ttm', company: 'x', fiscal_year: '2025', fiscal_year_end: '2024-10-27', period: 'last-4-quarters', revenue_usd: '100', net_income_usd: '50', net_margin_pct: '50', source: 's' };

describe('a row of the last four quarters', () => {
  it.each([
    ['en', 'X, year to Oct\u00a02024'],
    ['de', 'X, Jahr bis Okt.\u00a02024'],
  ] as const)('is named by the month it ends in (%s)', (locale, name) => {
    const row = marginRow.parse(cells) as MarginRow;
    expect(marginRowName(row, locale, { notes: [], series: { x: { name: 'X', tone: 'other' } } })).toBe(name);
  });

  it.each([
    ['blank', ''],
    ['not a day', 'Oct 2024'],
  ])('needs the day it ended (%s)', (_name, end) => {
    const result = marginRow.safeParse({ ...cells, fiscal_year_end: end });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['fiscal_year_end']);
  });

  it('a whole year may leave the day blank', () => expect(marginRow.safeParse({ ...cells, period: 'year', fiscal_year_end: '' }).success).toBe(true));
});
