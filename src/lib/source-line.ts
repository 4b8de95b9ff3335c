// A chart's source line, as its caption, the editors' report, the hero and the share cards give it: the
// credit its YAML writes, else each of its sources' publishers once.
import type { Locale } from './format';
import { textIn, type Source } from './content/schemas';

/** The names a chart's source line gives, in order: its credit, split at its semicolons, when it has one;
 *  else the publisher of each of its sources, each once. */
export function sourceNames(chart: { sources: readonly string[]; credit?: string }, sources: Readonly<Record<string, Source | undefined>>, locale: Locale): string[] {
  if (chart.credit) return chart.credit.split('; ');
  return [...new Set(chart.sources.flatMap((id) => (sources[id] ? [textIn(sources[id].publisher, locale)] : [])))];
}
