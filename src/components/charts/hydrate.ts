// Brings each chart's server-drawn SVG to life when it nears the screen: fetches what the chart draws at
// every step (a JSON file written at build time, named by the box's data-island) and hydrates the Svelte
// island over the server's markup, which shows the same picture, so nothing moves. In place of Astro's island
// runtime: smaller, and the drawn data stays out of the page's HTML. Without scripts the SVG stays as drawn.
// "Nears" is within two and a half screens: a chart is hydrated, drawn for its box and laid out in tasks of
// their own (ChartSvg) before the browser would lay out its drawing in a frame of scrolling (content-visibility:
// auto in styles/story.css; Chromium 150 does so within about a screen and a half), and its text is laid out
// once, at its size, rather than first at the server's and again at its own. (A mobile screen's load, 412x823,
// reaches no chart: the first is about 3,100 px down.)
// The charts' symbols face ("≈", src/styles/fonts.css) is loaded once the page has, 2 KB: a chart that sets
// the first "≈" of a page then finds it loaded, instead of laying out its text with a stand-in looked up from
// the system and again when the face arrives, a long task in the middle of a reader's scroll. The charts' code
// is fetched and run then too, in a task of its own, so that the first chart to wake up does not also run it.
// Both wait for the first paint as well (painted): fetched before it was shown, as they were in about half of
// Lighthouse's loads on these machines, they entered its simulated first paint, which counts every request
// of high priority that ended before the observed one, with the chain of work that asked for it.
import { loaded, painted } from '../nav/loaded';

export function hydrateCharts(): void {
  void loaded().then(painted).then(() => {
    void document.fonts.load('1em "Inter Variable Symbols"', '≈');
    void import('./hydrate-chart');
  });
  const boxes = document.querySelectorAll<HTMLElement>('[data-island]');
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries)
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          void start(entry.target as HTMLElement);
        }
    },
    { rootMargin: '250% 0px' },
  );
  boxes.forEach((box) => observer.observe(box));
}

async function start(box: HTMLElement): Promise<void> {
  const [{ hydrateChart }, data] = await Promise.all([import('./hydrate-chart'), fetch(box.dataset.island!).then((r) => r.text())]);
  hydrateChart(box, data);
}
