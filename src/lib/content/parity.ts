// Both languages must tell the same story: the same sections in the same order, the same charts and steps
// with the same states, the same facts, terms and corrections. A step in one language only is named with its
// line in one file and where it belongs in the other.
import { LOCALES, type Locale } from '../format';
import type { ContentError } from './errors';
import type { ContentInput, SectionModel } from './model';
import { scrollyBlocks } from './scrolly-blocks';

export function compareLocales(input: ContentInput, built: Record<Locale, SectionModel[]>, stepLines: Record<Locale, Map<string, number[][]>>, errors: ContentError[]) {
  const [a, b] = LOCALES as [Locale, Locale];
  const fileOf = (locale: Locale, id: string) =>
    input.sections.find((s) => s.locale === locale && (s.frontmatter as { id?: unknown })?.id === id)?.file ??
    `content/story/${locale}/`;
  for (const [here, there] of [[a, b], [b, a]] as const) {
    for (const s of built[here]) {
      const twin = built[there].find((t) => t.id === s.id);
      if (!twin) {
        errors.push({ file: fileOf(here, s.id), field: 'id', message: `section "${s.id}" exists in ${here} but not in ${there}; add content/story/${there}/..-${s.id}.md` });
        continue;
      }
      if (here !== a) continue; // compare each pair once
      const file = fileOf(there, s.id);
      if (twin.order !== s.order) errors.push({ file, field: 'order', message: `order ${twin.order} differs from ${here} (${s.order})` });
      const shape = (x: SectionModel) => scrollyBlocks(x.blocks).map((b) => `${b.chart.id}:${b.steps.length}`).join(', ');
      const extra = shape(twin) === shape(s) ? undefined : extraStep(s, stepLines[here].get(s.id) ?? [], twin, stepLines[there].get(s.id) ?? []);
      if (extra) {
        // one language has a step more (or fewer) in one chart: name the step, both files and both lines
        const [more, fewer] = extra.more === 'first' ? ([[here, fileOf(here, s.id)], [there, file]] as const) : ([[there, file], [here, fileOf(here, s.id)]] as const);
        const after = extra.after ? `after its step ${extra.step - 1} (line ${extra.after})` : 'as its first step';
        errors.push({
          file: more[1],
          line: extra.line,
          field: `step ${extra.step} of ${extra.chart}`,
          message: `this step has no counterpart in ${fewer[1]} (${fewer[0]}): add the same :::step{…} there ${after}, or remove it here; step links must match across languages`,
        });
      } else if (shape(twin) !== shape(s))
        errors.push({ file, field: 'steps', message: `charts and steps (${shape(twin) || 'none'}) differ from ${here} (${shape(s) || 'none'}); step links must match across languages` });
      else if (JSON.stringify(twin.charts.map((c) => c.states)) !== JSON.stringify(s.charts.map((c) => c.states)))
        errors.push({ file, field: 'steps', message: `step attributes differ from ${here}; each step must show the same chart state in both languages` });
      const cited = (x: SectionModel) => [...new Set(x.facts)].sort().join(', ');
      if (cited(twin) !== cited(s))
        errors.push({ file, field: 'facts', message: `cites the facts [${cited(twin)}] but ${here} cites [${cited(s)}]; both languages must state the same figures` });
      const termIds = (x: SectionModel) => [...new Set(x.terms)].sort().join(', ');
      if (termIds(twin) !== termIds(s))
        errors.push({ file, field: 'terms', message: `explains the terms [${termIds(twin)}] but ${here} explains [${termIds(s)}]` });
      const ids = (x: SectionModel) => x.corrections.map((c) => c.id).join(', ');
      if (ids(twin) !== ids(s))
        errors.push({ file, field: 'corrections', message: `corrections (${ids(twin) || 'none'}) differ from ${here} (${ids(s) || 'none'})` });
    }
  }
}

/** Where two languages' sections differ by steps in the same chart: the first step one has and the other lacks,
 * its line, and the line of the step before it in the other file. Undefined when the charts themselves differ. */
function extraStep(a: SectionModel, aLines: number[][], b: SectionModel, bLines: number[][]) {
  if (a.charts.map((c) => c.id).join() !== b.charts.map((c) => c.id).join()) return undefined;
  for (const [i, chart] of a.charts.entries()) {
    const [la, lb] = [aLines[i] ?? [], bLines[i] ?? []];
    if (la.length === lb.length) continue;
    const [more, longer, shorter] = la.length > lb.length ? (['first', la, lb] as const) : (['second', lb, la] as const);
    // the step inserted is the first whose attributes differ (the steps of both languages show the same states)
    const [sa, sb] = [chart.states, b.charts[i]!.states].map((states) => states.map((x) => JSON.stringify(x)));
    let j = 0;
    while (j < shorter.length && sa![j] === sb![j]) j++;
    return { more, chart: chart.id, step: j + 1, line: longer[j], after: shorter[j - 1] };
  }
  return undefined;
}
