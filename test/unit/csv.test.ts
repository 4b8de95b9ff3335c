// The CSV download holds exactly the drawn rows, values as written, with unit and source spelled out.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/lib/charts/csv';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildStory } from '../../src/lib/content/story';

const { input } = readContentDir(join(import.meta.dirname, '../fixtures/good'));
const story = buildStory(input, 'en');
const chart = story.sections[0]!.charts[0]!;

describe('chartCsv', () => {
  const rows = csvParse(chartCsv(chart, story.sources));
  it('has one line per drawn row, with every column in the order of the content CSV, the unit and the source', () => {
    const header = readFileSync(join(import.meta.dirname, `../fixtures/good/content/data/${chart.id}.csv`), 'utf8').split('\n')[0]!.trim().split(',');
    expect(rows.columns).toEqual([...header, 'unit', 'source_name', 'source_url']);
    expect(rows.map((r) => r.id)).toEqual(chart.rows.map((r) => r.id));
    expect(rows[0]).toMatchObject({ id: 'NVDA', change_pct: '-16.97', unit: 'pct-change', source_name: 'Yahoo Finance and Interactive Brokers' });
    expect(rows[2]).toMatchObject({ id: 'IXIC', source_name: 'Reuters', source_url: 'https://example.org/a' });
  });
});

describe('chartTable', () => {
  it('fills a label that names its own value', async () => {
    const { chartTable } = await import('../../src/lib/charts/table');
    const t = chartTable(
      { ...chart, rows: [{ ...chart.rows[0]!, label_en: 'More than {value} in all' }] },
      'en',
      story.sources,
    );
    expect(t.rows[0]!.name).toBe('More than \u221216.97% in all');
  });
});

describe('valueFacts', () => {
  const fact = (id: string, from?: string) => ({ id, value: 1, unit: 'pct-change', decimals: 0, source: 's', from }) as const;
  const row = chart.rows[0]!.id;
  it.each([
    ['a fact reading the drawn value', { a: fact('a', `${chart.id}/${row}`) }, 'a'],
    ['the same, with the value column named', { a: fact('a', `${chart.id}/${row}/${chart.valueColumn}`) }, 'a'],
    ['another column of the row', { a: fact('a', `${chart.id}/${row}/other_column`) }, undefined],
    ['another chart', { a: fact('a', `other-chart/${row}`) }, undefined],
    ['a fact not read from data', { a: fact('a') }, undefined],
    ['the first of two on one value', { a: fact('a', `${chart.id}/${row}`), b: fact('b', `${chart.id}/${row}`) }, 'a'],
  ] as const)('%s', async (_name, facts, expected) => {
    const { chartTable, valueFacts } = await import('../../src/lib/charts/table');
    expect(valueFacts(chart, facts).get(row)).toBe(expected);
    expect(chartTable(chart, 'en', story.sources, facts).rows[0]!.fact).toBe(expected);
  });
  it('names, in the good fixture, every fact read from a drawn value at its row', async () => {
    const { chartTable } = await import('../../src/lib/charts/table');
    const read = Object.values(story.facts).filter((f) => f.from?.split('/')[0] === chart.id && f.from.split('/').length === 2);
    expect(read.length).toBeGreaterThan(0);
    const rows = chartTable(chart, 'en', story.sources, story.facts).rows;
    for (const f of read) expect(rows[chart.rows.findIndex((r) => r.id === f.from!.split('/')[1])]!.fact, f.id).toBeDefined();
  });
});
