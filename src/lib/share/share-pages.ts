// The share addresses of single chart steps. A link's preview image comes from the page it names, and the
// addresses of a step (the story's and a slide's #<section>-step-<n>, an embed's ?step=n) all name one page:
// so each chart step has share pages of its own, which carry the step's card and send the reader on to the
// step (src/pages/[...lang]/share/[step].astro, .../embed/[chart]/[step].astro, .../present/[slide].astro).
import type { ChartModel, SectionModel, StepModel, StoryModel } from '../content/model';
import { scrollyBlocks } from '../content/scrolly-blocks';
import { stepLead } from '../escape';
import { stepId } from '../paths';

export interface ChartStep {
  section: SectionModel;
  chart: ChartModel;
  step: StepModel;
  /** The step's address in the story and the presentation: <section>-step-<n>. */
  id: string;
  /** The step's lead, plain text (the chart's title where the step has none). */
  title: string;
}

/** Every step of every chart of the story, in reading order. */
export function chartSteps(story: StoryModel): ChartStep[] {
  return story.sections.flatMap((section) =>
    scrollyBlocks(section.blocks).flatMap((block) =>
      block.steps.map((step) => ({ section, chart: block.chart, step, id: stepId(section.id, step.n), title: stepLead(step.html) || block.chart.title })),
    ),
  );
}
