// Browser-only: the previous/next step buttons shared by scrolly blocks and embed pages: shows them,
// keeps their counter and aria-disabled state in step, and wires clicks and the arrow keys.
import { announce } from '../nav/announce';

export interface StepButtons {
  /** Updates the counter and which buttons can be used. */
  sync(step: number): void;
  /** Reads a change out in the live region. */
  say(step: number, text?: string): void;
}

export function stepButtons(nav: HTMLElement, total: number, move: (delta: number) => void, keyScope: HTMLElement): StepButtons {
  const prev = nav.querySelector<HTMLButtonElement>('[data-step-prev]')!;
  const next = nav.querySelector<HTMLButtonElement>('[data-step-next]')!;
  const count = nav.querySelector<HTMLElement>('[data-step-count]');
  nav.hidden = false;
  prev.addEventListener('click', () => move(-1));
  next.addEventListener('click', () => move(+1));
  keyScope.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, textarea, select, summary, [contenteditable]')) return;
    const delta = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (!delta) return;
    event.preventDefault();
    move(delta);
  });
  return {
    sync(step) {
      if (count) count.textContent = `${step} / ${total}`;
      // aria-disabled rather than disabled: a focused button keeps focus, so the arrow keys keep working
      prev.setAttribute('aria-disabled', String(step <= 1));
      next.setAttribute('aria-disabled', String(step >= total));
    },
    say(step, text) {
      announce(`${nav.dataset.stepLabel ?? 'Step'} ${step} / ${total}${text ? `: ${text}` : ''}`);
    },
  };
}
