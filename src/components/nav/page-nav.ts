// Browser-only: keeps the header in step with the reader (progress bar, current section in the table of
// contents), points the language switch at the same place in the other language, and closes the
// contents on Escape or a click elsewhere.
import { currentSection, readingProgress, sameplaceHref } from '../../lib/scroll/current-section';
import { triggerFraction } from '../charts/shared/figure-step';
import { perFrame, runNow } from '../scroll/frame';

/** The active step of the scrolly block that spans the middle of the screen, once the reader has reached it. */
function stepInView(): HTMLElement | undefined {
  const middle = window.innerHeight / 2;
  return [...document.querySelectorAll<HTMLElement>('[data-scrolly] .step.is-active')].find((step) => {
    const box = step.closest('[data-scrolly]')!.getBoundingClientRect();
    return box.top < middle && box.bottom > middle && step.getBoundingClientRect().top <= window.innerHeight * triggerFraction();
  });
}

export function startPageNav(): void {
  const header = document.querySelector<HTMLElement>('[data-site-header]');
  if (!header) return;
  // the progress bar, where the styles cannot move it with the scroll themselves (header.css)
  const bar = CSS.supports('animation-timeline', 'scroll()') ? null : header.querySelector<HTMLElement>('[data-progress]');
  const where = header.querySelector<HTMLElement>('[data-toc-where]');
  const links = [...header.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const sections = links.map((a) => document.getElementById(a.dataset.tocLink!)).filter((s): s is HTMLElement => !!s);
  const toc = header.querySelector<HTMLDetailsElement>('[data-toc]');
  const lang = header.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  const otherPath = lang?.getAttribute('href') ?? '';
  let current = -1;
  let shown: number | undefined;
  // every frame of a scroll reads the boxes (before any part of the page writes: perFrame) and, where the styles
  // cannot, moves the bar; the section's name and the contents' mark are written only when the section changes,
  // so that a frame lays nothing out anew
  const measure = () => {
    const line = header.getBoundingClientRect().height + window.innerHeight * 0.25;
    current = currentSection(
      sections.map((s) => s.getBoundingClientRect().top),
      line,
    );
    const progress = bar && readingProgress(window.scrollY, document.documentElement.scrollHeight, window.innerHeight);
    return () => {
      if (bar) bar.style.transform = `scaleX(${progress})`;
      if (current === shown) return;
      shown = current;
      links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
      if (where) where.textContent = current >= 0 ? links[current]!.dataset.where! : '';
    };
  };
  const update = () => runNow(measure);
  // the switch reads the place when it is used, so it is right whatever happened since
  lang?.addEventListener('click', () => {
    update();
    lang.href = sameplaceHref(otherPath, stepInView()?.id ?? sections[current]?.id);
  });
  // choosing a section, Escape or a click elsewhere closes the contents
  const close = () => toc?.removeAttribute('open');
  links.forEach((a) => a.addEventListener('click', close));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && toc?.open) {
      close();
      toc.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (toc?.open && !toc.contains(e.target as Node)) close();
  });
  const schedule = perFrame(measure);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // the first reading waits for the first frame, so that starting forces no layout of its own
  schedule();
}
