// The text alternative of a chart: its rows as a table of name, value (every digit the data has, in the unit
// that reads best), date or period where the data has one, and source, in the page's language; each value a
// fact reads (facts.yaml `from: <chart>/<row>`) names that fact, for its receipt.
import { formatExact } from '../display';
import { formatDate, type Locale } from '../format';
import { textIn, type Source } from '../content/schemas';
import type { ChartModel, ResolvedFact } from '../content/model';

export interface ChartTable {
  /** Whether rows carry a date or period, shown in a column of its own. */
  hasWhen: boolean;
  rows: { name: string; value: string; when: string; source: string; fact?: string }[];
}

/** The facts that read a chart's drawn values, by row id (the first, when two read the same value). */
export function valueFacts(chart: Pick<ChartModel, 'id' | 'valueColumn'>, facts: Record<string, ResolvedFact>): Map<string, string> {
  const byRow = new Map<string, string>();
  for (const f of Object.values(facts)) {
    const [chartId, rowId, column = chart.valueColumn] = f.from?.split('/') ?? [];
    if (chartId === chart.id && rowId && column === chart.valueColumn && !byRow.has(rowId)) byRow.set(rowId, f.id);
  }
  return byRow;
}

export function chartTable(chart: ChartModel, locale: Locale, sources: Record<string, Source>, facts: Record<string, ResolvedFact> = {}): ChartTable {
  const read = valueFacts(chart, facts);
  const rows = chart.rows.map((row) => {
    const label = row[`label_${locale}`];
    const low = chart.lowColumn ? Number(row[chart.lowColumn]) : NaN;
    const value = formatExact({ value: Number(row[chart.valueColumn]), unit: chart.unit, decimals: row.decimals }, locale, {
      low: Number.isFinite(low) && low > 0 ? low : undefined,
    });
    const period = row[`period_${locale}`];
    const date = typeof row.date === 'string' && typeof label === 'string' ? formatDate(row.date, locale) : '';
    return {
      // a label may name its own value ("More than {value} for all AI-exposed stocks")
      name: typeof label === 'string' ? label.replace('{value}', value) : (chart.rowNames?.[row.id] ?? row.id),
      value,
      when: typeof period === 'string' ? period : date,
      source: sources[row.source] ? textIn(sources[row.source]!.publisher, locale) : row.source,
      fact: read.get(row.id),
    };
  });
  return { hasWhen: rows.some((r) => r.when !== ''), rows };
}
