// Browser-only, on a chart's embed page: starts at ?step=n, lets the reader step with the buttons or the
// arrow keys, shows the text of the step drawn (and reads it out), and tells the host page how tall the
// content is (message "deepseek-shock:height"), so an iframe can fit it, again whenever the host asks
// ("deepseek-shock:measure"), as a host whose script runs after this page's first report has missed it.
import { readStep, writeStep } from '../charts/shared/figure-step';
import { stepButtons } from '../scroll/step-buttons';
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from '../../lib/charts/embed';

export function startEmbedPage(): void {
  const figure = document.querySelector<HTMLElement>('figure[data-chart]');
  const nav = document.querySelector<HTMLElement>('[data-step-nav]');
  if (!figure || !nav) return;
  const texts = [...document.querySelectorAll<HTMLElement>('[data-embed-step]')];
  const total = Number(figure.dataset.chartSteps) || 1;
  const current = () => readStep(figure);
  const show = (n: number) => {
    const step = Math.min(total, Math.max(1, Math.round(n) || 1));
    writeStep(figure, step);
    for (const text of texts) text.hidden = Number(text.dataset.embedStep) !== step;
    buttons.sync(step);
    return step;
  };
  const textOf = (step: number) => texts.find((t) => Number(t.dataset.embedStep) === step)?.textContent?.trim();
  const buttons = stepButtons(
    nav,
    total,
    (delta) => {
      const step = show(current() + delta);
      buttons.say(step, textOf(step));
    },
    document.body,
  );
  show(Number(new URLSearchParams(location.search).get('step')) || 1);

  // The content's own height, not the document's: scrollHeight never drops below the iframe's height, so
  // a frame that starts too tall would keep its empty bottom.
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (window.parent === window || Math.abs(height - last) < 1) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, chart: figure.dataset.chart, height }, '*');
  };
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || (event.data as { type?: string } | null)?.type !== MEASURE_MESSAGE) return;
    last = 0;
    report();
  });
  new ResizeObserver(report).observe(document.body);
  report();
}
