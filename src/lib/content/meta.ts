// The masthead in one language (content/meta.yaml): byline, dates, the opening picture (a chart of the story
// and one of its facts) and the closing notes. Problems that concern both languages are reported once.
import { holdLastWords, quoteProblems, typeset } from '../typography';
import { fromZodIssues } from './errors';
import type { LocaleText } from './locale-text';
import type { MetaModel } from './model';
import { metaSchema } from './schemas';

/** The masthead: byline, dates, the opening picture (a chart of the story and one of its facts), notes. */
export function buildMeta(text: LocaleText): MetaModel {
  const { input, locale, shared, errors, citedFacts, renderText } = text;
  const once = locale === 'en';
  const parsed = metaSchema.safeParse(input.meta);
  if (!parsed.success) {
    if (once) errors.push(...fromZodIssues(input.metaFile, parsed.error.issues));
    return { byline: '', published: '', updated: '', hero: { chart: '', mark: '', fact: '', caption: '' }, share: { chart: '', figure: '', detail: '', caption: '' }, methodology: '', credits: '' };
  }
  const m = parsed.data;
  const file = input.metaFile;
  if (once) {
    const chart = shared.charts.get(m.hero.chart);
    if (!chart) errors.push({ file, field: 'hero.chart', message: `unknown chart "${m.hero.chart}"; use the id of a dataset in content/data/` });
    else if (!chart.rows.some((r) => r.id === m.hero.mark)) errors.push({ file, field: 'hero.mark', message: `chart "${m.hero.chart}" has no row "${m.hero.mark}"` });
    const shareChart = shared.charts.get(m.share.chart);
    if (!shareChart) errors.push({ file, field: 'share.chart', message: `unknown chart "${m.share.chart}"; use the id of a dataset in content/data/` });
    else if (shareChart.definition.kind !== 'rows') errors.push({ file, field: 'share.chart', message: `chart "${m.share.chart}" is not drawn as row bars; the preview image draws a row chart's bars` });
    for (const [field, fact] of [['hero.fact', m.hero.fact], ['share.figure', m.share.figure], ['share.detail', m.share.detail]] as const)
      if (!shared.facts[fact]) errors.push({ file, field, message: `unknown fact "${fact}"; add it to content/facts.yaml or fix the id` });
    if (m.updated < m.published) errors.push({ file, field: 'updated', message: 'the update cannot be earlier than the publication' });
  }
  for (const fact of [m.hero.fact, m.share.figure, m.share.detail]) if (shared.facts[fact]) citedFacts.add(fact);
  for (const [field, text] of [['byline', m.byline[locale]], ['hero.caption', m.hero.caption[locale]], ['share.caption', m.share.caption[locale]]] as const)
    for (const problem of quoteProblems(text, locale)) errors.push({ file, field: `${field}.${locale}`, message: problem });
  return {
    byline: typeset(m.byline[locale]),
    published: m.published,
    updated: m.updated,
    hero: { ...m.hero, caption: holdLastWords(typeset(m.hero.caption[locale])) },
    share: { ...m.share, caption: typeset(m.share.caption[locale]) },
    methodology: renderText(m.methodology[locale], file, `methodology.${locale}`),
    credits: renderText(m.credits[locale], file, `credits.${locale}`),
  };
}
