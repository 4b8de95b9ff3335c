// A chart's data as a CSV download: exactly the rows the chart draws, every column of its dataset, the
// unit of its value column, and each row's source spelled out (name and address).
import { csvFormatRows } from 'd3-dsv';
import { textIn, type Source } from '../content/schemas';
import type { ChartModel } from '../content/model';

export function chartCsv(chart: ChartModel, sources: Record<string, Source>): string {
  const columns = Object.keys(chart.rows[0] ?? {}).filter((c) => c !== 'decimals');
  const cell = (row: ChartModel['rows'][number], column: string): string => {
    const v = row[column];
    if (column === chart.valueColumn && typeof v === 'number') return v.toFixed(row.decimals);
    return v === undefined || v === null ? '' : String(v);
  };
  const header = [...columns, 'unit', 'source_name', 'source_url'];
  const body = chart.rows.map((row) => {
    const source = sources[row.source];
    return [...columns.map((c) => cell(row, c)), chart.unit, source ? textIn(source.publisher, 'en') : row.source, source?.url ?? source?.readAt ?? ''];
  });
  return csvFormatRows([header, ...body]) + '\n';
}
