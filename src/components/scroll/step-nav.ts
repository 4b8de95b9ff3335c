// Browser-only: "previous step" and "next step" buttons for every scrolly block, and the arrow keys while
// focus is inside one. A button scrolls to the step (the scroll controller then moves the chart, exactly
// as when reading) and the live region reads out the new step; scrolling by hand announces nothing.
import { announce } from '../nav/announce';

function stepsOf(block: HTMLElement): HTMLElement[] {
  return [...block.querySelectorAll<HTMLElement>('[data-step]')];
}

function currentOf(block: HTMLElement): number {
  return Number(block.querySelector<HTMLElement>('figure[data-chart]')?.dataset.chartStep) || 1;
}

function go(block: HTMLElement, delta: number): void {
  const steps = stepsOf(block);
  const target = Math.min(steps.length, Math.max(1, currentOf(block) + delta));
  if (target === currentOf(block) && block.querySelector('.step.is-active')) return;
  const step = steps[target - 1]!;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  step.scrollIntoView({ behavior: smooth ? 'smooth' : 'instant', block: 'start' });
  const nav = block.querySelector<HTMLElement>('[data-step-nav]');
  const text = [...step.querySelectorAll('p')].map((p) => p.textContent?.trim()).join(' ');
  announce(`${nav?.dataset.stepLabel ?? 'Step'} ${target} / ${steps.length}: ${text}`);
}

export function startStepNav(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const nav = block.querySelector<HTMLElement>('[data-step-nav]');
    if (!nav) continue;
    nav.hidden = false;
    const prev = nav.querySelector<HTMLButtonElement>('[data-step-prev]')!;
    const next = nav.querySelector<HTMLButtonElement>('[data-step-next]')!;
    const count = nav.querySelector<HTMLElement>('[data-step-count]')!;
    const total = stepsOf(block).length;
    const figure = block.querySelector<HTMLElement>('figure[data-chart]');
    const sync = () => {
      const n = currentOf(block);
      count.textContent = `${n} / ${total}`;
      // aria-disabled rather than disabled: a focused button keeps focus, so the arrow keys keep working
      prev.setAttribute('aria-disabled', String(n <= 1));
      next.setAttribute('aria-disabled', String(n >= total));
    };
    prev.addEventListener('click', () => go(block, -1));
    next.addEventListener('click', () => go(block, +1));
    block.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, textarea, select, [contenteditable]')) return;
      const delta = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
      if (!delta) return;
      event.preventDefault();
      go(block, delta);
    });
    figure?.addEventListener('chartstep', sync);
    sync();
  }
}
