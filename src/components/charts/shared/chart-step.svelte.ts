// The step a chart island draws: 1 on the server, then whatever the scroll controller writes on the
// enclosing <figure data-chart-step> (a "chartstep" event announces each change; the chart draws it in the
// next task).
import { onStep, readStep } from './figure-step';

export class ChartStep {
  current = $state(1);
  /** The step drawn before the current one (at first, the same), for what changes between the two. */
  previous = $state(1);

  /** The layout of step n, the current one unless named (the last one if the step is past the end). */
  pick<T>(layouts: readonly T[], n = this.current): T {
    return layouts[Math.min(n, layouts.length) - 1]!;
  }

  /** Svelte attachment for the chart's root element: follows the figure's step. A change is drawn in a task of
   *  its own, after the frame that announced it: the scroll controller announces it while the page scrolls,
   *  and that frame's own work and the chart's together would hold the page up for too long at a time. */
  follow = (node: Element) => {
    const figure = node.closest<HTMLElement>('figure[data-chart]');
    if (!figure) return;
    const read = () => {
      const n = readStep(figure);
      if (n === this.current) return;
      this.previous = this.current;
      this.current = n;
    };
    read();
    // (several changes in one frame each read the figure's latest step: the same state, which draws nothing new)
    return onStep(figure, () => setTimeout(read));
  };
}
