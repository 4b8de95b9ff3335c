// The story's sections are laid out as the reader nears them while the page loads, and then block by block
// (a section's header, a run of prose, a scrolly block: content-visibility in styles/story.css), so that the
// page's first layout holds the first screen only.
// LAY_OUT_LATER is a script in the page's head: it asks for this only on a plain visit to the top of the page,
// and only in a browser that keeps what is on screen in place as the blocks above it take their height
// (scroll anchoring: Chromium, Firefox; WebKit has none, and a reader who jumps down at once, by the contents
// or a link, would see the page move; Firefox does not hold a jump by the scroll bar within a second of the
// load either: the place moves once, by up to 500 px). A link to a place in the story, a reload and the back
// button lay out every section before the browser scrolls there, as does a page without scripts, and so does
// a link into the page or a step button while blocks are left (below). layOutSections
// (browser-only) then lays the blocks out, a task each, so that no task, and no scroll, lays out much at once,
// and then starts what reads inside them: a read inside a block not laid out lays out that block alone, in
// that task (the scroll controller's first reading of every step had cost six such layouts in one frame of
// the load). A section a task had been too much: on the German page at Lighthouse's phone size (1x CPU),
// timed in the page, the longest sections took 10 to 17 ms each, which Lighthouse's 4x simulation counts as
// blocking time; block by block, most take 1 to 5 ms, and load-trace's blocking time at 4x fell from 38 and
// 14 ms to 0 (/) and from 46 and 3 ms to 4 and 0 (/de/: npm run load-trace, each build twice, in turn).
export const LAYS_OUT_LATER = 'lays-out-later';

/** The head's inline script (named by its hash in the page's security policy). */
export const LAY_OUT_LATER = `!location.hash&&CSS.supports('overflow-anchor','auto')&&performance.getEntriesByType('navigation')[0]?.type=='navigate'&&document.documentElement.classList.add('${LAYS_OUT_LATER}')`;

export function layOutSections(then: () => void): void {
  if (!document.documentElement.classList.contains(LAYS_OUT_LATER)) return then();
  const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
  // A link into the page or a step button may go further down: whatever is left is laid out before the browser
  // reckons that place, as after a link from elsewhere. Among the guessed heights of the blocks above it, the
  // place had moved by up to 660 px as they were laid out (a section chosen from the contents within a second
  // of the load: in Chromium and in Firefox, nearly every time), which scroll anchoring had not held. The tasks
  // left then lay out nothing. Any other click changes nothing.
  const atOnce = (event: Event) => {
    if (!(event.target as Element).closest?.('a[href^="#"],[data-step-prev],[data-step-next]')) return;
    removeEventListener('click', atOnce, true);
    all(`.story-section>:not(.${LAID_OUT}),.sources-group:not(.${LAID_OUT})`).forEach((element) => element.classList.add(LAID_OUT));
  };
  addEventListener('click', atOnce, true);
  // then the sources index's groups, the page's longest block (about 1,000 objects), whose layout in one
  // piece, as a reader reached it, had been the scroll's longest task
  oneATask(all('.story-section>*'), () => (then(), oneATask(all('.sources-group'), () => {})));
}

const LAID_OUT = 'is-laid-out';

/** Lays out each element, in a task of its own, then calls done. */
function oneATask(elements: HTMLElement[], done: () => void): void {
  const next = () => {
    const element = elements.shift();
    if (!element) return done();
    element.classList.add(LAID_OUT);
    element.getBoundingClientRect(); // laid out now, in this task
    setTimeout(next);
  };
  setTimeout(next);
}
