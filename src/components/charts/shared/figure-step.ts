// How a chart's step travels in the browser, in one place: written on its <figure data-chart-step> with a
// "chartstep" event (by the scroll controller and the embed page), read back by the chart island and the
// step buttons; and where the trigger line sits (--scrolly-trigger), for the controller and the page nav.
import { parseTrigger } from '../../../lib/scroll/active-step';

const EVENT = 'chartstep';

/** The step a figure shows, from 1. */
export function readStep(figure: HTMLElement): number {
  return Math.max(1, Number(figure.dataset.chartStep) || 1);
}

/** Shows step n on a figure, and tells its island and buttons; nothing happens if it already shows it. */
export function writeStep(figure: HTMLElement, n: number): void {
  if (figure.dataset.chartStep === String(n)) return;
  figure.dataset.chartStep = String(n);
  figure.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` whenever the figure's step changes; returns the function that stops it. */
export function onStep(figure: HTMLElement, listener: () => void): () => void {
  figure.addEventListener(EVENT, listener);
  return () => figure.removeEventListener(EVENT, listener);
}

/** The trigger line, as a fraction of the viewport's height from its top. */
export function triggerFraction(): number {
  return parseTrigger(getComputedStyle(document.documentElement).getPropertyValue('--scrolly-trigger'));
}
