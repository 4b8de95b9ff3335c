// The presentation in an engine (run.ts, at the desktop size): each chart's first slide, opened by its
// address, shows its chart at the step the slide names, laid out for its box made --chart-zoom times smaller;
// the arrow keys move a slide on and back. Every call has a time limit: WebKitGTK 2.50 once hung on a slide
// change (a row chart set to display: none), and a hung page must fail the walk, not stall it.
import type { Engine } from './engines';

const LIMIT_MS = 20_000;

function limited<T>(what: string, work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<T>((_, fail) => setTimeout(() => fail(new Error(`${what}: no answer in ${LIMIT_MS / 1000} s`)), LIMIT_MS))]);
}

/** The slide's block on screen with its chart at the step, laid out for the magnified box. */
const settled = (seen: string, local: number) => seen.startsWith(`shown, step ${local}, drawn ${local}, `) && /for (\S+), box\/zoom \1$/.test(seen);

interface ChartSlide {
  id: string;
  next: string;
  local: number;
}

/** Walks the presentation at `path` ("/de/present/"); returns the problems found and the slides opened. */
export async function presentWalk(engine: Engine, origin: string, path: string): Promise<{ problems: string[]; slides: number }> {
  const problems: string[] = [];
  let slides = 0;
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    await limited('loading the presentation', engine.goto(`${origin}${path}`));
    const firsts = await limited(
      'reading the slides',
      engine.eval<ChartSlide[]>(`[...document.querySelectorAll('.deck-chart-block')].map((b) => {
        const s = b.querySelector('[data-slide]');
        const all = [...document.querySelectorAll('[data-slide]')];
        return { id: s.id, next: all[all.indexOf(s) + 1]?.id ?? s.id, local: Number(s.dataset.local) };
      })`),
    );
    if (firsts.length === 0) problems.push(`${path}: no chart slides`);
    for (const slide of firsts) {
      await limited(`#${slide.id}`, engine.goto(`${origin}${path}?load=${++slides}#${slide.id}`));
      let seen = '';
      for (let i = 0; i < 40; i++) {
        seen = await limited(
          `#${slide.id}`,
          engine.eval<string>(`(() => {
            const block = document.getElementById(${JSON.stringify(slide.id)}).closest('[data-slide-block]');
            const figure = block.querySelector('figure[data-chart]');
            const svg = figure.querySelector('.screen-only svg');
            const box = svg.parentElement.getBoundingClientRect();
            const zoom = parseFloat(getComputedStyle(svg.parentElement).getPropertyValue('--chart-zoom')) || 1;
            const on = block.getBoundingClientRect().top === 0 && !block.hasAttribute('data-aside');
            return [on ? 'shown' : 'not shown', 'step ' + figure.dataset.chartStep, 'drawn ' + svg.dataset.stepDrawn, 'for ' + svg.dataset.drawnFor, 'box/zoom ' + Math.round(box.width / zoom) + 'x' + Math.round(box.height / zoom)].join(', ');
          })()`),
        );
        if (settled(seen, slide.local)) break;
        await wait(250);
      }
      if (!settled(seen, slide.local)) problems.push(`${path}#${slide.id}: ${seen}`);
      await limited(`#${slide.id}, a key`, engine.key('ArrowDown'));
      await wait(300);
      const after = await limited(`#${slide.id}, after a key`, engine.eval<string>('location.hash'));
      if (after !== `#${slide.next}`) problems.push(`${path}#${slide.id}: the arrow key led to ${after}, not #${slide.next}`);
      await limited(`#${slide.id}, a key back`, engine.key('ArrowUp'));
      await wait(300);
      const back = await limited(`#${slide.id}, after a key back`, engine.eval<string>('location.hash'));
      if (back !== `#${slide.id}`) problems.push(`${path}#${slide.next}: the arrow key back led to ${back}, not #${slide.id}`);
    }
  } catch (e) {
    problems.push(`${path}: the walk stopped: ${(e as Error).message}`);
  }
  return { problems, slides };
}
