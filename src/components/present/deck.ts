// Browser-only: the presentation's slides, one at a time. The slide in the address (#<section>-step-<n>, the
// story's step addresses) shows first; arrow keys, Page Up/Down (a presenter's clicker), the space bar and
// the buttons move one slide, Home and End to the first and the last, F toggles full screen. A slide of a
// chart hands its step to the chart's figure (figure-step.ts), so the chart animates from one step to the
// next exactly as in the story. The controls' link names the slide shown. Without scripts every slide shows,
// one after the other.
import { writeStep } from '../charts/shared/figure-step';

export function startDeck(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  const nav = document.querySelector<HTMLElement>('[data-deck-nav]');
  if (!deck || !nav) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const blocks = [...deck.querySelectorAll<HTMLElement>('[data-slide-block]')];
  const count = nav.querySelector<HTMLElement>('[data-deck-count]')!;
  const link = nav.querySelector<HTMLAnchorElement>('[data-slide-link]');
  const prev = nav.querySelector<HTMLButtonElement>('[data-deck-prev]')!;
  const next = nav.querySelector<HTMLButtonElement>('[data-deck-next]')!;
  let current = -1;

  const show = (i: number) => {
    const n = Math.min(slides.length - 1, Math.max(0, i));
    if (n === current) return;
    current = n;
    const slide = slides[n]!;
    const block = slide.closest<HTMLElement>('[data-slide-block]')!;
    // the others are set aside (present.css), not display: none, which hung WebKitGTK 2.50 on the row chart
    for (const b of blocks) setAside(b, b !== block);
    for (const s of slides) setAside(s, s !== slide);
    const figure = block.querySelector<HTMLElement>('figure[data-chart]');
    if (figure && slide.dataset.local) writeStep(figure, Number(slide.dataset.local));
    count.textContent = `${n + 1} / ${slides.length}`;
    prev.setAttribute('aria-disabled', String(n === 0));
    next.setAttribute('aria-disabled', String(n === slides.length - 1));
    if (location.hash !== `#${slide.id}`) history.replaceState(history.state, '', `#${slide.id}`);
    // a slide taller than a phone's screen (present.css) is scrolled; the next one starts at its top
    window.scrollTo(0, 0);
    // the slide's address to pass on: a chart step's share page (its preview shows the step), else the slide
    if (link) link.href = slide.dataset.share ?? `#${slide.id}`;
  };
  const fromAddress = () => show(Math.max(0, slides.findIndex((s) => `#${s.id}` === location.hash)));

  deck.dataset.live = '';
  nav.hidden = false;
  fromAddress();
  window.addEventListener('hashchange', fromAddress);
  prev.addEventListener('click', () => show(current - 1));
  next.addEventListener('click', () => show(current + 1));
  nav.querySelector('[data-deck-full]')?.addEventListener('click', toggleFullScreen);
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || (event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
    const forward = ['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key) || (event.key === ' ' && !event.shiftKey);
    const back = ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key) || (event.key === ' ' && event.shiftKey);
    const to = forward ? current + 1 : back ? current - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? slides.length - 1 : undefined;
    if (to !== undefined) {
      // a focused button or link keeps its own Space and Enter
      if (event.key === ' ' && (event.target as HTMLElement).closest('button, a, summary')) return;
      event.preventDefault();
      show(to);
    } else if (event.key === 'f' || event.key === 'F') toggleFullScreen();
  });
}

/** Out of sight, out of the way and out of reach (of the keyboard and of screen readers), or back. */
function setAside(el: HTMLElement, aside: boolean): void {
  el.toggleAttribute('data-aside', aside);
  el.inert = aside;
}

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
