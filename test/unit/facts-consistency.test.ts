// The figures agree wherever they appear, checked on whatever the content says today (nothing here names a
// fact or a row): calculated facts reproduce from their formulas, a figure reads the same in prose and in
// the chart that draws it, tables never spell out long digit strings, margins follow from revenue and net
// income, and the price chart matches the daily prices it comes from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/lib/charts/table';
import { evaluate } from '../../src/lib/content/calc';
import { readContentDir } from '../../src/lib/content/read-dir';
import type { ChartModel, ResolvedFact } from '../../src/lib/content/model';
import { buildContent } from '../../src/lib/content/story';
import { baseValue, formatProse } from '../../src/lib/display';
import { LOCALES, type Locale } from '../../src/lib/format';

const ROOT = join(import.meta.dirname, '../..');
const { input } = readContentDir(ROOT);
const { stories } = buildContent(input);
const facts = Object.values(stories.en.facts);
const charts = (locale: Locale) => stories[locale].sections.flatMap((s) => s.charts);

describe('calculated facts reproduce from their formulas', () => {
  const calculated = facts.filter((f) => f.calc);
  it('the content has calculated facts', () => expect(calculated.length).toBeGreaterThan(0));
  it.each(calculated.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const result = evaluate(f.calc!, (id) => (stories.en.facts[id] ? baseValue(stories.en.facts[id]!.value, stories.en.facts[id]!.unit) : undefined));
    expect(typeof result).toBe('number');
    expect(Number(((result as number) / baseValue(1, f.unit)).toFixed(f.decimals))).toBeCloseTo(f.value, 9);
  });
});

/** Every text a chart layout draws for a row: row and square labels, and point labels of line charts. */
function drawnTexts(chart: ChartModel): Map<string, Set<string>> {
  const texts = new Map<string, Set<string>>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    const text = typeof o.valueText === 'string' ? o.valueText : typeof o.label === 'string' && 'x' in o && 'y' in o ? o.label : undefined;
    if (typeof o.id === 'string' && text) texts.set(o.id, (texts.get(o.id) ?? new Set()).add(text));
    Object.values(o).forEach(visit);
  };
  visit([...chart.layouts, chart.printLayout]);
  return texts;
}

/** The figure without its approximate mark or the low end of a range, with German chart units spelt as in prose. */
const normalise = (text: string) =>
  text
    .replace('\u2248', '')
    .replace(/[\d.,]+\u2013/, '')
    .replace(/\u00a0\$$/, '\u00a0US-Dollar')
    .replace(/^1\u00a0Bio\.\u00a0US-Dollar$/, 'eine\u00a0Billion\u00a0US-Dollar')
    .replace(/Bio\./, 'Billionen');

describe('a figure reads the same in prose and in the chart that draws it', () => {
  const cases = LOCALES.flatMap((locale) =>
    facts
      .filter((f): f is ResolvedFact & { from: string } => f.from !== undefined && f.from.split('/').length === 2 && f.display === undefined)
      .flatMap((f) => {
        const [chartId, rowId] = f.from.split('/') as [string, string];
        const chart = charts(locale).find((c) => c.id === chartId);
        const drawn = chart ? [...(drawnTexts(chart).get(rowId) ?? [])] : [];
        return drawn.map((text) => [f.id, locale, text, formatProse(f, locale)] as const);
      }),
  );
  it('the content has figures drawn in charts', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s (%s): chart %s, prose %s', (_id, _locale, chartText, proseText) => {
    expect(normalise(chartText)).toBe(proseText);
  });
});

describe('tables keep full precision without long digit strings', () => {
  const cells = LOCALES.flatMap((locale) =>
    charts(locale).flatMap((c) => chartTable(c, locale, stories[locale].sources).rows.map((r) => [c.id, locale, r.value] as const)),
  );
  it.each(cells)('%s (%s): %s', (_chart, _locale, value) => {
    expect(value).not.toMatch(/\d{1,3}(?:[,.]\d{3}){2,}/);
  });
});

describe('annual margins follow from revenue and net income', () => {
  const rows = charts('en').flatMap((c) => c.rows.filter((r) => 'revenue_usd' in r && 'net_income_usd' in r).map((r) => [c.id, r] as const));
  it.each(rows.map(([chart, r]) => [chart, r.id, r] as const))('%s/%s', (_chart, _id, r) => {
    const exact = (Number(r.net_income_usd) / Number(r.revenue_usd)) * 100;
    expect(Number(exact.toFixed(r.decimals))).toBeCloseTo(Number(r.net_margin_pct), 9);
  });
});

describe('daily closes drawn in a chart match the reference prices', () => {
  const prices = csvParse(readFileSync(join(ROOT, 'content/data/prices.csv'), 'utf8'));
  const rows = charts('en').flatMap((c) => c.rows.filter((r) => typeof r.date === 'string' && 'close' in r).map((r) => [c.id, r] as const));
  it('the content has a price chart', () => expect(rows.length).toBeGreaterThan(0));
  /** The symbols whose close on that day equals the row's. */
  const symbolsOf = (r: (typeof rows)[number][1]) => new Set(prices.filter((p) => p.date === r.date && Number(p.close) === Number(r.close)).map((p) => p.symbol));
  it.each(rows.map(([chart, r]) => [chart, r.id, r] as const))('%s/%s', (_chart, _id, r) => {
    expect(symbolsOf(r).size).toBeGreaterThan(0);
  });
  it('every row of a price chart is the same share', () => {
    for (const chart of new Set(rows.map(([c]) => c))) {
      const sets = rows.filter(([c]) => c === chart).map(([, r]) => symbolsOf(r));
      const common = [...sets[0]!].filter((s) => sets.every((set) => set.has(s)));
      expect(common, chart).not.toEqual([]);
    }
  });
});
