// The teaching page in one language (content/teach.yaml): goals, the glossary, and two or three questions
// for every story section. Problems that concern both languages are reported once.
import { fromZodIssues } from './errors';
import type { LocaleText } from './locale-text';
import type { SectionModel, TeachModel } from './model';
import { teachSchema } from './schemas';

/** The teaching page: goals, glossary and two or three questions for every story section. */
export function buildTeach(text: LocaleText, story: SectionModel[]): TeachModel {
  const { input, locale, shared, errors, renderText } = text;
  const empty: TeachModel = { title: '', intro: '', goals: [], glossary: [], questions: [] };
  const once = locale === 'en'; // problems that concern both languages are reported once
  const parsed = teachSchema.safeParse(input.teach);
  if (!parsed.success) {
    if (once) errors.push(...fromZodIssues(input.teachFile, parsed.error.issues));
    return empty;
  }
  const t = parsed.data;
  const file = input.teachFile;
  const storySections = story.filter((x) => x.kind !== 'sources');
  if (once) {
    for (const id of Object.keys(t.questions))
      if (!storySections.some((x) => x.id === id))
        errors.push({ file, field: `questions.${id}`, message: `there is no story section "${id}"` });
    for (const x of storySections)
      if (!t.questions[x.id]) errors.push({ file, field: `questions.${x.id}`, message: `add two or three questions for the section "${x.id}"` });
  }
  return {
    title: t.title[locale],
    intro: renderText(t.intro[locale], file, `intro.${locale}`),
    goals: t.goals[locale].map((g, i) => renderText(g, file, `goals.${locale}.${i}`, true)),
    glossary: Object.entries(shared.glossary)
      .map(([id, e]) => ({ id, term: e[locale].term, definition: renderText(e[locale].definition, input.glossaryFile, `${id}.${locale}.definition`, true) }))
      .sort((a, b) => a.term.localeCompare(b.term, locale)),
    questions: storySections
      .filter((x) => t.questions[x.id])
      .map((x) => ({
        sectionId: x.id,
        sectionTitle: x.title,
        questions: t.questions[x.id]![locale].map((q, i) => renderText(q, file, `questions.${x.id}.${locale}.${i}`, true)),
      })),
  };
}
