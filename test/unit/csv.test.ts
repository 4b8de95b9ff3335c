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
