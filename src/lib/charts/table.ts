// The text alternative of a chart: its rows as a table of name, value and source, in the page's language.
import { formatValue, type Locale } from '../format';
import { textIn, type Source } from '../content/schemas';
import type { ChartModel } from '../content/story';

export interface ChartTable {
  rows: { name: string; value: string; source: string }[];
}

export function chartTable(chart: ChartModel, locale: Locale, sources: Record<string, Source>): ChartTable {
  return {
    rows: chart.rows.map((row) => {
      const label = row[`label_${locale}`];
      const value = formatValue(Number(row[chart.valueColumn]), chart.unit, locale, { decimals: row.decimals });
      return {
        // a label may name its own value ("More than {value} for all AI-exposed stocks")
        name: typeof label === 'string' ? label.replace('{value}', value) : row.id,
        value,
        source: sources[row.source] ? textIn(sources[row.source]!.publisher, locale) : row.source,
      };
    }),
  };
}
