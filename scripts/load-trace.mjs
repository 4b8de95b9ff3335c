// npm run load-trace: what the main thread does while a story page loads, without Lighthouse's noise. Loads
// each page several times at Lighthouse's mobile screen (412x823, DPR 1.75), unthrottled, traces it, and
// prints the medians of the longest task, the blocking time Lighthouse's 4x simulation would count (each
// task from the first paint to two seconds after the load, at 4x its length, beyond 50 ms), the first
// (largest) layout, and the page's style and layout time.
// Lighthouse's performance score swings by several points between runs on the same build (its simulated
// FCP may land before or after the first layout); these numbers move by a few ms, so a change to the page's
// CSS or markup can be judged by them first.
//   npm run build && npm run load-trace            (or: npm run load-trace -- /de/ 9 for one page, 9 loads)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { serveSite } from './serve.mjs';

const [only, count = '7'] = process.argv.slice(2);
const pages = only ? [only] : ['/', '/de/'];
const { server, origin } = await serveSite({ dir: process.env.DIST ?? 'dist' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || undefined,
  args: CHROMIUM_ARGS,
});
const ms = (events, name, tid) => events.filter((e) => e.name === name && e.tid === tid).reduce((sum, e) => sum + e.dur, 0) / 1000;
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(0);
try {
  for (const path of pages) {
    const runs = [];
    for (let i = 0; i < Number(count); i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const events = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value.filter((e) => e.ph === 'X' || e.name === 'firstContentfulPaint')));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading', transferMode: 'ReportEvents' });
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(2000);
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      // the page's main thread: the one that laid it out
      const layouts = events.filter((e) => e.name === 'Layout');
      const { tid } = layouts.reduce((a, b) => (b.dur > a.dur ? b : a));
      const tasks = events.filter((e) => e.tid === tid && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
      const fcp = events.find((e) => e.name === 'firstContentfulPaint');
      runs.push({
        longestTask: Math.max(...tasks.map((t) => t.dur / 1000)),
        // what Lighthouse's 4x simulation would count of the tasks after the first paint
        blocking4x: tasks.filter((t) => t.ts >= fcp.ts).reduce((sum, t) => sum + Math.max(0, (4 * t.dur) / 1000 - 50), 0),
        firstLayout: Math.max(...layouts.filter((e) => e.tid === tid).map((e) => e.dur / 1000)),
        style: ms(events, 'UpdateLayoutTree', tid),
        layout: ms(events, 'Layout', tid),
      });
      await context.close();
    }
    const line = Object.keys(runs[0]).map((key) => `${key} ${median(runs.map((r) => r[key]))} ms`);
    console.log(`${path}  ${line.join('  ')}  (medians of ${runs.length} loads)`);
  }
} finally {
  await browser.close();
  server.close();
}
