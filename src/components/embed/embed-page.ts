// Browser-only, on a chart's embed page: starts at ?step=n, lets the reader step with buttons, and tells
// the host page how tall the content is (message "deepseek-shock:height"), so an iframe can fit it.
import { announce } from '../nav/announce';

export function startEmbedPage(): void {
  const figure = document.querySelector<HTMLElement>('figure[data-chart]');
  if (!figure) return;
  const total = Number(figure.dataset.chartSteps) || 1;
  const nav = document.querySelector<HTMLElement>('[data-step-nav]');
  const prev = nav?.querySelector<HTMLButtonElement>('[data-step-prev]');
  const next = nav?.querySelector<HTMLButtonElement>('[data-step-next]');
  const count = nav?.querySelector<HTMLElement>('[data-step-count]');
  const show = (n: number, say: boolean) => {
    const step = Math.min(total, Math.max(1, Math.round(n) || 1));
    figure.dataset.chartStep = String(step);
    figure.dispatchEvent(new CustomEvent('chartstep', { detail: { step } }));
    if (count) count.textContent = `${step} / ${total}`;
    prev?.setAttribute('aria-disabled', String(step <= 1));
    next?.setAttribute('aria-disabled', String(step >= total));
    if (say) announce(`${nav?.dataset.stepLabel ?? 'Step'} ${step} / ${total}`);
  };
  const current = () => Number(figure.dataset.chartStep) || 1;
  if (nav) nav.hidden = false;
  prev?.addEventListener('click', () => show(current() - 1, true));
  next?.addEventListener('click', () => show(current() + 1, true));
  show(Number(new URLSearchParams(location.search).get('step')) || 1, false);

  const report = () =>
    window.parent !== window &&
    window.parent.postMessage({ type: 'deepseek-shock:height', chart: figure.dataset.chart, height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(report).observe(document.body);
  report();
}
