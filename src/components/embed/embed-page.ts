// Browser-only, on a chart's embed page: starts at ?step=n, lets the reader step with the buttons or the
// arrow keys, and tells the host page how tall the content is (message "deepseek-shock:height"), so an
// iframe can fit it.
import { CHART_STEP_EVENT } from '../charts/shared/events';
import { stepButtons } from '../scroll/step-buttons';

export function startEmbedPage(): void {
  const figure = document.querySelector<HTMLElement>('figure[data-chart]');
  const nav = document.querySelector<HTMLElement>('[data-step-nav]');
  if (!figure || !nav) return;
  const total = Number(figure.dataset.chartSteps) || 1;
  const current = () => Number(figure.dataset.chartStep) || 1;
  const show = (n: number) => {
    const step = Math.min(total, Math.max(1, Math.round(n) || 1));
    figure.dataset.chartStep = String(step);
    figure.dispatchEvent(new CustomEvent(CHART_STEP_EVENT, { detail: { step } }));
    buttons.sync(step);
    return step;
  };
  const buttons = stepButtons(nav, total, (delta) => buttons.say(show(current() + delta)), document.body);
  show(Number(new URLSearchParams(location.search).get('step')) || 1);

  const report = () =>
    window.parent !== window &&
    window.parent.postMessage({ type: 'deepseek-shock:height', chart: figure.dataset.chart, height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(report).observe(document.body);
  report();
}
