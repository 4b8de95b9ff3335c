// Browser-only: "previous step" and "next step" buttons for every scrolly block, and the arrow keys while
// focus is inside one. A button brings the step to its place (the scroll controller then moves the chart,
// exactly as when reading), puts the step's link in the address bar and reads the step out in the live region;
// scrolling by hand announces nothing.
import { onStep, readStep } from '../charts/shared/figure-step';
import { stepButtons } from './step-buttons';

/** How long a pressed step counts as the current one before the chart shows it: the jump is instant and
 * the chart follows within a frame or two, so this only has to outlast a burst of quick presses. */
const PENDING_MS = 400;

export function startStepNav(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const nav = block.querySelector<HTMLElement>('[data-step-nav]');
    const figure = block.querySelector<HTMLElement>('figure[data-chart]');
    if (!nav || !figure) continue;
    const steps = [...block.querySelectorAll<HTMLElement>('[data-step]')];
    const current = () => readStep(figure);
    // a step asked for but not shown yet, so that presses quicker than the chart add up. It lapses once the
    // chart shows it, or soon after the press in any case (a press that moves nothing, a hand scroll after it):
    // a timer, not scrollend, which WebKit does not fire.
    let pending: number | undefined;
    let lapse: ReturnType<typeof setTimeout> | undefined;
    const buttons = stepButtons(
      nav,
      steps.length,
      (delta) => {
        const target = Math.min(steps.length, Math.max(1, (pending ?? current()) + delta));
        const step = steps[target - 1]!;
        pending = target === current() ? undefined : target;
        clearTimeout(lapse);
        lapse = setTimeout(() => (pending = undefined), PENDING_MS);
        // a jump, not a glide: the chart animates the change, and quick presses never race a moving page
        step.scrollIntoView({ behavior: 'instant', block: 'start' });
        history.replaceState(history.state, '', `#${step.id}`);
        buttons.say(target, [...step.querySelectorAll('p')].map((p) => p.textContent?.trim()).join(' '));
      },
      block,
    );
    onStep(figure, () => {
      if (pending === current()) pending = undefined;
      buttons.sync(current());
    });
    buttons.sync(current());
  }
}
