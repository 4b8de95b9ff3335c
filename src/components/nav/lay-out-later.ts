// Browser-only: the story's sections are not laid out while the page loads (content-visibility: auto in
// styles/story.css), only the one on screen. Once the page has loaded, each is laid out in a frame of its
// own, so that neither the load nor the reader's scroll waits on all of them at once. A page opened at a
// place in the story (a link to a step or a figure) lays them all out before anything is measured.
export function layOutSections(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('.story-section')];
  const show = (s: HTMLElement) => s.classList.add('is-laid-out');
  if (location.hash) return sections.forEach(show);
  const next = () => {
    const s = sections.shift();
    if (!s) return;
    show(s);
    requestAnimationFrame(() => setTimeout(next));
  };
  addEventListener('load', () => setTimeout(next), { once: true });
}
