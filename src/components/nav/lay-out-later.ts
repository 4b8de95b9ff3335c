// The story's sections are laid out as the reader nears them while the page loads, and then one after another
// (content-visibility in styles/story.css), so that the page's first layout holds the first screen only.
// LAY_OUT_LATER is a script in the page's head: it asks for this only on a plain visit to the top of the page.
// A link to a place in the story, a reload and the back button lay out every section before the browser
// scrolls there, as does a page without scripts. layOutSections (browser-only) then lays the sections out, a
// task each, so that no task, and no scroll, lays out all of them at once, and then starts what reads inside
// them: a read inside a section not laid out lays out that section alone, in that task (the scroll
// controller's first reading of every step had cost six such layouts in one frame of the load).
export const LAYS_OUT_LATER = 'lays-out-later';

/** The head's inline script (named by its hash in the page's security policy). */
export const LAY_OUT_LATER = `if(!location.hash&&performance.getEntriesByType('navigation')[0]?.type==='navigate')document.documentElement.classList.add('${LAYS_OUT_LATER}')`;

export function layOutSections(then: () => void): void {
  if (!document.documentElement.classList.contains(LAYS_OUT_LATER)) return then();
  const sections = [...document.querySelectorAll<HTMLElement>('.story-section')];
  const next = () => {
    const section = sections.shift();
    if (!section) return then();
    section.classList.add('is-laid-out');
    section.getBoundingClientRect(); // laid out now, in this task
    setTimeout(next);
  };
  setTimeout(next);
}
