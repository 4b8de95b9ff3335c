// The story as slides for a projector (the presentation page, /present/): one slide per step of every chart,
// with the step's address (#<section>-step-<n>) and the chart's own step number; a section without a chart
// becomes text slides (one per pull quote, or its key figure large with its first paragraph); the teaching
// page's questions on a section follow it as a slide of their own. Pure: from the story model.
import type { ChartModel, StoryModel } from './content/model';
import { formatProse } from './display';
import { keepHyphens } from './hero';
import { scrollyBlocks } from './content/scrolly-blocks';
import { stepId } from './paths';

export type Slide =
  | { kind: 'step'; id: string; html: string; local: number }
  | { kind: 'text'; id: string; quotes: string[]; /** The key figure, set large (deckFigure). */ figure?: string; html: string }
  | { kind: 'questions'; id: string; questions: string[] };

/** A section's slides, in order; a chart and the slides that show its steps form a block. */
export interface SlideSection {
  id: string;
  title: string;
  blocks: { chart?: ChartModel; slides: Slide[] }[];
}

/** A text slide's key figure: on one line where the slide is wide enough (present.css); on a phone it may break
 *  at a space between words ("eine Billion / US-Dollar"), which the prose's non-breaking spaces had forbidden
 *  (it ran past the screen), but never between a number and its unit ("5,6 Mio.", "−17 %") nor after a hyphen
 *  ("US-/Dollar"). */
export const deckFigure = (figure: string): string => keepHyphens(figure.replace(/(?<!\d)\u00a0/g, ' '));

const QUOTE = /<figure class="pull-quote"[\s\S]*?<\/figure>/g;
const PARAGRAPH = /<p>[\s\S]*?<\/p>/;

export function slideSections(story: StoryModel): SlideSection[] {
  return story.sections
    .filter((s) => s.kind !== 'sources')
    .map((section) => {
      const charts = scrollyBlocks(section.blocks);
      const blocks: SlideSection['blocks'] = charts.map((b) => ({
        chart: b.chart,
        slides: b.steps.map((step) => ({ kind: 'step', id: stepId(section.id, step.n), html: step.html, local: step.local })),
      }));
      if (charts.length === 0) {
        const prose = section.blocks.map((b) => (b.kind === 'prose' ? b.html : '')).join('');
        const key = section.facts[0] ? story.facts[section.facts[0]] : undefined;
        const quotes = prose.match(QUOTE) ?? [];
        // one pull quote per slide, legible from the back; else the key figure large with the first paragraph
        blocks.push({
          slides: quotes.length
            ? quotes.map((quote, i) => ({ kind: 'text', id: i ? `${section.id}-quote-${i + 1}` : section.id, quotes: [quote], html: '' }))
            : [{ kind: 'text', id: section.id, quotes: [], figure: key && deckFigure(formatProse(key, story.locale, { override: key.display })), html: PARAGRAPH.exec(prose)?.[0] ?? '' }],
        });
      }
      const questions = story.teach.questions.find((q) => q.sectionId === section.id)?.questions ?? [];
      if (questions.length) blocks.push({ slides: [{ kind: 'questions', id: `${section.id}-questions`, questions }] });
      return { id: section.id, title: section.title, blocks };
    });
}
