// Browser-only scroll controller: for each [data-scrolly] block it derives the active step from geometry
// and writes the chart's own step number onto the figure (data-chart-step) with a "chartstep" event for
// the chart island.
// scrollama supplies the step triggers; scroll end, resize, hash changes and page loads recompute too.
// Only blocks near the screen are measured (see startScrollControllers).
import scrollama from 'scrollama';
import { activeStep, parseTrigger } from '../../lib/scroll/active-step';
import { CHART_STEP_EVENT } from '../charts/shared/events';
import { perFrame } from './frame';


function triggerOf(): number {
  return parseTrigger(getComputedStyle(document.documentElement).getPropertyValue('--scrolly-trigger'));
}

function applyBlock(block: HTMLElement, triggerY: number, debug: HTMLElement | null): void {
  const steps = [...block.querySelectorAll<HTMLElement>('[data-step]')];
  const n = activeStep(
    steps.map((s) => s.getBoundingClientRect().top),
    triggerY,
  );
  steps.forEach((s, i) => s.classList.toggle('is-active', i + 1 === n));
  const figure = block.querySelector<HTMLElement>('figure[data-chart]');
  if (figure && figure.dataset.chartStep !== String(n)) {
    figure.dataset.chartStep = String(n);
    figure.dispatchEvent(new CustomEvent(CHART_STEP_EVENT, { detail: { step: n } }));
  }
  const box = block.getBoundingClientRect();
  if (debug && box.top < triggerY && box.bottom > triggerY)
    debug.textContent = `${figure?.dataset.chart}: ${steps[n - 1]?.id} (chart step ${n} of ${steps.length})`;
}

export function startScrollControllers(): () => void {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
  if (blocks.length === 0) return () => {};
  // the styles show only the active card (phones) or dim the others (wide screens) once this runs
  for (const block of blocks) block.dataset.live = '';
  const debug = new URLSearchParams(location.search).has('debug') ? addDebugOverlay() : null;

  // Only blocks within half a screen of the viewport are measured, so a frame reads a few steps rather
  // than every step of the page, and starting reads nothing until the browser has laid the page out. A
  // block keeps its last step while away; it is measured again before it comes into view.
  const near = new Set<HTMLElement>();
  const scrollers = new Map<HTMLElement, scrollama.ScrollamaInstance>();

  const update = () => {
    const trigger = triggerOf();
    if (debug) debug.parentElement!.style.top = `${trigger * 100}%`;
    for (const block of near) applyBlock(block, window.innerHeight * trigger, debug);
  };
  const schedule = perFrame(update);

  // scrollama measures every step it is given when it starts, so each block gets its own instance, set up
  // the first time the block comes near
  const watch = (block: HTMLElement) => {
    if (scrollers.has(block)) return;
    const scroller = scrollama();
    scroller
      // scrollama's bundled types list only the tenths (0, 0.1, ... 1); any fraction works at run time.
      .setup({ step: block.querySelectorAll<HTMLElement>('[data-step]'), offset: triggerOf() as scrollama.DecimalType })
      .onStepEnter(schedule)
      .onStepExit(schedule);
    scrollers.set(block, scroller);
  };
  const proximity = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        const block = target as HTMLElement;
        if (isIntersecting) {
          near.add(block);
          watch(block);
        } else near.delete(block);
      }
      schedule();
    },
    { rootMargin: '50% 0px' },
  );
  for (const block of blocks) proximity.observe(block);

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      // the trigger line moves between phone and wide layouts (CSS --scrolly-trigger)
      for (const scroller of scrollers.values()) {
        (scroller as unknown as { offset(value: number): void }).offset(triggerOf());
        scroller.resize();
      }
      update();
    }, 150);
    schedule();
  };
  const events: [EventTarget, string, () => void][] = [
    [window, 'scroll', schedule],
    [window, 'resize', onResize],
    [window, 'hashchange', schedule],
    [window, 'load', schedule],
    [window, 'pageshow', schedule],
  ];
  for (const [target, name, fn] of events) target.addEventListener(name, fn, { passive: true });

  return () => {
    for (const [target, name, fn] of events) target.removeEventListener(name, fn);
    proximity.disconnect();
    for (const scroller of scrollers.values()) scroller.destroy();
    debug?.parentElement?.remove();
  };
}

function addDebugOverlay(): HTMLElement {
  const line = document.createElement('div');
  line.className = 'scrolly-debug';
  line.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  line.append(label);
  document.body.append(line);
  return label;
}
