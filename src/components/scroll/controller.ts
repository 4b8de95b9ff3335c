// Browser-only scroll controller: for each [data-scrolly] block it derives the active step from geometry
// and writes the chart's own step number onto the figure (data-chart-step) with a "chartstep" event for
// the chart island.
// scrollama supplies the step triggers; scroll end, resize, hash changes and page loads recompute too.
import scrollama from 'scrollama';
import { activeStep } from '../../lib/scroll/active-step';
import { triggerFraction, writeStep } from '../charts/shared/figure-step';
import { perFrame } from './frame';


function applyBlock(block: HTMLElement, triggerY: number, debug: HTMLElement | null): void {
  const steps = [...block.querySelectorAll<HTMLElement>('[data-step]')];
  const n = activeStep(
    steps.map((s) => s.getBoundingClientRect().top),
    triggerY,
  );
  steps.forEach((s, i) => s.classList.toggle('is-active', i + 1 === n));
  const figure = block.querySelector<HTMLElement>('figure[data-chart]');
  if (figure) writeStep(figure, n);
  const box = block.getBoundingClientRect();
  if (debug && box.top < triggerY && box.bottom > triggerY)
    debug.textContent = `${figure?.dataset.chart}: ${steps[n - 1]?.id} (chart step ${n} of ${steps.length})`;
}

export function startScrollControllers(): () => void {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
  if (blocks.length === 0) return () => {};
  const debug = new URLSearchParams(location.search).has('debug') ? addDebugOverlay() : null;

  const update = () => {
    const trigger = triggerFraction();
    if (debug) debug.parentElement!.style.top = `${trigger * 100}%`;
    for (const block of blocks) applyBlock(block, window.innerHeight * trigger, debug);
  };
  const schedule = perFrame(update);

  const scroller = scrollama();
  // scrollama measures every step when it starts: after the first frame, when the page is laid out anyway,
  // so that starting forces no layout of its own while the page loads
  requestAnimationFrame(() =>
    setTimeout(() => {
      scroller
        // scrollama's bundled types list only the tenths (0, 0.1, ... 1); any fraction works at run time.
        .setup({ step: '[data-scrolly] [data-step]', offset: triggerFraction() as scrollama.DecimalType })
        .onStepEnter(schedule)
        .onStepExit(schedule);
      // the styles show only the active card (phones) or dim the others (wide screens) from here on
      for (const block of blocks) block.dataset.live = '';
      update();
    }),
  );

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      // the trigger line moves between phone and wide layouts (CSS --scrolly-trigger)
      (scroller as unknown as { offset(value: number): void }).offset(triggerFraction());
      scroller.resize();
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
    scroller.destroy();
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
