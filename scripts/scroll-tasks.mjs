// npm run scroll-tasks: long tasks while a reader scrolls the story, at 4x CPU slowdown (Chromium's
// throttling, as Lighthouse's mobile preset). Loads each story page at a phone and a desktop size, waits
// until the load has settled, then scrolls from the top to the end and back with the mouse wheel at a brisk
// reader's pace (a 100 px notch every 50 ms, about 2,000 px a second at most) and prints every
// task of 50 ms or more that the page's Long Tasks observer saw while it scrolled and in the second after,
// while the last step's motion ends, each with what it held: the scripts that ran in it and the frame's
// rendering (style, layout and paint), from the Long Animation Frames API. The budget is none. The counts
// move between runs of the same build (two cores shared by the page, the browser and this script), so
// RUNS=n walks each page n times and ends with every run's count for each walk. To compare two builds,
// RATE=6 slows the CPU 6x instead (a frame of 33 ms at 4x then counts too: more to count in each run) and
// SIZE=phone or SIZE=desktop walks at one size.
//   npm run build && npm run scroll-tasks          (or: npm run scroll-tasks -- /de/ for one page)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { serveSite } from './serve.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/de/'];
const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
];
const NOTCH = 100; // px per wheel notch
const RATE = Number(process.env.RATE ?? 4); // CPU slowdown
const RUNS = Number(process.env.RUNS ?? 1);
/** walk (page and size) -> the number of long tasks in each run */
const counts = new Map();
// the sizes walked: both, or the one SIZE names
const atSizes = sizes.filter((size) => !process.env.SIZE || size.name === process.env.SIZE);
if (atSizes.length === 0) throw new Error(`SIZE=${process.env.SIZE} names no size: ${sizes.map((s) => s.name).join(' or ')}`);
const { server, origin } = await serveSite({ dir: process.env.DIST ?? 'dist' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || undefined, args: CHROMIUM_ARGS });
try {
  // every page at every size, RUNS times over
  const walks = Array.from({ length: RUNS }, () => pages.flatMap((path) => atSizes.map((size) => [path, size]))).flat();
  for (const [path, { name, ...options }] of walks) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__longTasks = [];
      window.__longFrames = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
      // the long animation frames around them, for what each held (Long Animation Frames API)
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) =>
          window.__longFrames.push({
            start: e.startTime,
            end: e.startTime + e.duration,
            render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
            scripts: e.scripts.map((x) => ({ start: x.startTime, what: x.invoker, ms: x.duration, forced: x.forcedStyleAndLayoutDuration })),
          }),
        ),
      ).observe({ type: 'long-animation-frame' });
    });
    // the mouse wheel, as a reader scrolls (the compositor scrolls; the page hears scroll events), in notches
    // of 100 px every 50 ms, down to the end and back up
    await page.mouse.move(options.viewport.width / 2, options.viewport.height / 2);
    // how far the page still goes in a direction: the walk goes on until it has reached the end, as the page
    // can grow while it scrolls (a section laid out at last is longer than the room it held)
    const left = (direction) =>
      page.evaluate((d) => Math.round(d > 0 ? document.documentElement.scrollHeight - innerHeight - scrollY : scrollY), direction);
    const height = await left(1);
    let walked = 0;
    const began = Date.now();
    for (const direction of [1, -1])
      for (let moved = NOTCH, end = height; ; moved += NOTCH) {
        await page.mouse.wheel(0, direction * NOTCH);
        await page.waitForTimeout(50);
        if (moved < end) continue;
        const more = await left(direction);
        if (more <= 0) {
          walked += moved;
          break;
        }
        end = moved + more;
      }
    const ms = Date.now() - began;
    await page.waitForTimeout(1000);
    const { tasks, frames } = await page.evaluate(() => ({ tasks: window.__longTasks, frames: window.__longFrames }));
    counts.set(`${path} ${name}`, [...(counts.get(`${path} ${name}`) ?? []), tasks.length]);
    console.log(`${path} ${name}: ${tasks.length} long tasks${tasks.length ? ` (${tasks.map(([, ms]) => Math.round(ms)).join(', ')} ms)` : ''} in ${(ms / 1000).toFixed(1)} s of scrolling ${walked} px (to the end and back) and a second after`);
    for (const [start, ms] of tasks) console.log(`    ${Math.round(ms)} ms at ${(start / 1000).toFixed(1)} s: ${heldBy(start, ms, frames)}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const total = [...counts.values()].flat().reduce((a, b) => a + b, 0);
if (RUNS > 1) for (const [walk, n] of counts) console.log(`${walk}: ${n.join(', ')} long tasks in ${RUNS} runs`);
console.log(`long tasks while scrolling at ${RATE}x CPU slowdown, in all: ${total}${RUNS > 1 ? ` in ${RUNS} runs` : ''}`);

/** What a long task held, from the long animation frame it belongs to: the scripts that ran in it (what called
 *  them, how long, and how much of that was style and layout they forced) and the frame's own rendering
 *  (style, layout, paint). A task in no long frame ran between frames (garbage collection, a parser task). */
function heldBy(start, ms, frames) {
  const frame = frames.find((f) => start >= f.start - 1 && start < f.end);
  if (!frame) return 'no frame (between frames)';
  const scripts = frame.scripts
    .filter((x) => x.start >= start - 1 && x.start < start + ms)
    .map((x) => `${x.what.replace(/^https?:\/\/[^/]+\/_astro\//, '')} ${Math.round(x.ms)} ms${x.forced >= 1 ? ` (forced style and layout ${Math.round(x.forced)} ms)` : ''}`);
  return [...scripts, `rendering ${Math.round(frame.render)} ms`].join(', ');
}
