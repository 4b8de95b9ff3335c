// Browser-only: the story's sections are not laid out while the page loads (content-visibility: auto in
// styles/story.css), only the one on screen. Once the page's scripts run, each is laid out in a task of its
// own, one after another, so that neither the page's first layout nor any later task lays out all of them.
// A page opened at a place in the story (a link to a step or a figure) lays them all out at once, before
// anything is measured.
export function layOutSections(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('.story-section')];
  const show = (s: HTMLElement) => s.classList.add('is-laid-out');
  if (location.hash) return sections.forEach(show);
  const next = () => {
    const s = sections.shift();
    if (!s) return;
    show(s);
    s.getBoundingClientRect(); // laid out now, in this task
    setTimeout(next);
  };
  setTimeout(next);
}
