// Browser-only scroll controller: for each [data-scrolly] block it derives the active step from geometry
// and writes the chart's own step number onto the figure (data-chart-step) with a "chartstep" event for
// the chart island.
// scrollama supplies the step triggers; scroll end, resize, hash changes and page loads recompute too.
// When the page's width changes (a phone turned, a window resized), the reader stays at the step they were
// reading: the page scrolls back to it once laid out anew.
import scrollama from 'scrollama';
import { activeStep, heldOffset } from '../../lib/scroll/active-step';
import { triggerFraction, writeStep } from '../charts/shared/figure-step';
import { perFrame, runNow } from './frame';

/** The step being read: the active step of the block under the trigger line, its top's distance to the line. */
type Place = { step: HTMLElement; offset: number };

/** A block as measured: its steps, the active one (1-based) and, if the trigger line crosses the block, the
 *  place being read. */
type Measured = { block: HTMLElement; steps: HTMLElement[]; n: number; place?: Place };

/** Reads a block's geometry, and writes nothing (so that measuring every block forces one layout at most). A
 *  block wholly below the trigger line is at its first step and one wholly above it at its last: only the block
 *  the line crosses reads its steps, so that a frame of scrolling reads a few boxes, not every step's. */
function measureBlock(block: HTMLElement, steps: HTMLElement[], triggerY: number): Measured {
  const box = block.getBoundingClientRect();
  if (box.top >= triggerY || box.bottom <= triggerY) return { block, steps, n: box.top >= triggerY ? 1 : steps.length };
  const tops = steps.map((s) => s.getBoundingClientRect().top);
  const n = activeStep(tops, triggerY);
  return { block, steps, n, place: { step: steps[n - 1]!, offset: tops[n - 1]! - triggerY } };
}

/** Writes a measured block's state: the active step's class, the chart's step, the debug line. */
function applyBlock({ block, steps, n, place }: Measured, debug: HTMLElement | null): void {
  steps.forEach((s, i) => s.classList.toggle('is-active', i + 1 === n));
  const figure = block.querySelector<HTMLElement>('figure[data-chart]');
  if (figure) writeStep(figure, n);
  if (debug && place) debug.textContent = `${figure?.dataset.chart}: ${place.step.id} (chart step ${n} of ${steps.length})`;
}

export function startScrollControllers(): void {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
  if (blocks.length === 0) return;
  const stepsOf = new Map(blocks.map((block) => [block, [...block.querySelectorAll<HTMLElement>('[data-step]')]]));
  const debug = new URLSearchParams(location.search).has('debug') ? addDebugOverlay() : null;

  // the window's size as last laid out: a new width or a much changed height lays the page out anew; a
  // phone's address bar, which changes the height by less than a fifth, does not (and holding the place then
  // would fight the reader's scroll)
  let [width, height] = [window.innerWidth, window.innerHeight];
  const relaidOut = () => window.innerWidth !== width || Math.abs(window.innerHeight - height) > height / 5;
  let place: Place | undefined;
  // the trigger line, read from the styles when first needed after the start or a resize (reading it forces
  // a style recalculation, which a frame of scrolling should not need)
  let trigger: number | undefined;
  const triggerLine = () => (trigger ??= triggerFraction());
  // every block measured first, then every block written: one layout, not one per block (and in a frame,
  // the header's reading comes before these writes too: perFrame)
  const measure = () => {
    const fraction = triggerLine();
    const measured = blocks.map((block) => measureBlock(block, stepsOf.get(block)!, window.innerHeight * fraction));
    const found = measured.findLast((m) => m.place)?.place;
    // a frame laid out anew before its resize event (WebKit) does not move the place being read
    if (!relaidOut()) place = found;
    return () => {
      if (debug) debug.parentElement!.style.top = `${fraction * 100}%`;
      for (const m of measured) applyBlock(m, debug);
    };
  };
  const update = () => runNow(measure);
  const schedule = perFrame(measure);

  const scroller = scrollama();
  // scrollama measures every step when it starts: after the first frame, when the page is laid out anyway,
  // so that starting forces no layout of its own while the page loads. The steps are measured again in a
  // task of their own, and before the styles change (they change no box), so that each task stays short.
  requestAnimationFrame(() =>
    setTimeout(() => {
      scroller
        // scrollama's bundled types list only the tenths (0, 0.1, ... 1); any fraction works at run time.
        .setup({ step: '[data-scrolly] [data-step]', offset: triggerLine() as scrollama.DecimalType })
        .onStepEnter(schedule)
        .onStepExit(schedule);
      setTimeout(() => {
        update();
        // the styles show only the active card (phones) or dim the others (wide screens) from here on: at
        // once (on a deep link the earlier cards would otherwise fade out over the chart), and with a fade
        // from the frame after next, once this change has been drawn
        for (const block of blocks) block.dataset.live = '';
        requestAnimationFrame(() => requestAnimationFrame(() => {
          for (const block of blocks) block.dataset.live = 'fade';
        }));
      });
    }),
  );

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  // the place before a resize, kept through every stage of it (WebKit can resize the width and the height in
  // separate steps, each with its own resize event)
  let held: Place | undefined;
  // the address when the place was held: a link followed before the resize has settled is the reader's new
  // place, which the held one does not take back (at 4x CPU the link's hashchange came after the settled
  // resize had scrolled back: 1 in 15 links followed just after turning from 844x390 to 667x375)
  let heldAt = '';
  const onResize = () => {
    // the trigger line moves between phone and wide layouts (CSS --scrolly-trigger)
    trigger = undefined;
    if (relaidOut() && !held) [held, heldAt] = [place, location.hash];
    // a resize within a second of one that laid the page out anew belongs to it (a later stage of a WebKit
    // resize): the place is held until a second after the last one
    clearTimeout(releaseTimer);
    [width, height] = [window.innerWidth, window.innerHeight];
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const fraction = triggerLine();
      // (a link followed meanwhile, by the address or by a step button, which leaves no hashchange: the place
      // held is let go)
      if (heldAt !== location.hash) held = undefined;
      if (held) {
        const box = held.step.getBoundingClientRect();
        const top = box.top - (window.innerHeight * fraction + heldOffset(held.offset, box.height));
        window.scrollTo({ top: window.scrollY + top, behavior: 'instant' });
        releaseTimer = setTimeout(() => (held = undefined), 1000);
      }
      (scroller as unknown as { offset(value: number): void }).offset(fraction);
      scroller.resize();
      update();
    }, 150);
    schedule();
  };
  // a link followed is the reader's new place: a place held through a resize does not take it back (a link
  // followed within 150 ms of turning a phone had been undone), nor does the place read before it, where the
  // link comes before the resize event of a window already resized
  const onHash = () => {
    held = place = undefined;
    schedule();
  };
  for (const [name, fn] of [['scroll', schedule], ['resize', onResize], ['hashchange', onHash], ['load', schedule], ['pageshow', schedule]] as const)
    window.addEventListener(name, fn, { passive: true });
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
