// npm run slow-network: the story pages over Chromium's slowest mobile preset, DevTools' "3G" (formerly
// "Slow 3G": 2 s from request to first byte, 400 kbit/s down), with a cold cache, at a phone and a desktop
// size: prints when the first text and the largest element were painted, and the layout shift.
//   npm run build && npm run slow-network
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { serveSite } from './serve.mjs';

const SLOW_3G = { offline: false, latency: 400 * 5, downloadThroughput: ((500 * 1000) / 8) * 0.8, uploadThroughput: ((500 * 1000) / 8) * 0.8 };
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/de/'];
const { server, origin } = await serveSite({ dir: process.env.DIST ?? 'dist' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || undefined,
  args: CHROMIUM_ARGS,
});
try {
  for (const path of pages)
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
      await page.addInitScript(() => {
        const seen = (window.__seen = { cls: 0, lcp: 0 });
        new PerformanceObserver((l) => l.getEntries().forEach((e) => void (e.hadRecentInput || (seen.cls += e.value)))).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((l) => l.getEntries().forEach((e) => void (seen.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForTimeout(1000);
      const m = await page.evaluate(() => ({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, ...window.__seen }));
      console.log(`${path.padEnd(5)} ${`${viewport.width}x${viewport.height}`.padEnd(9)} first text ${(m.fcp / 1000).toFixed(1)} s, largest element ${(m.lcp / 1000).toFixed(1)} s, layout shift ${m.cls.toFixed(3)}`);
      await context.close();
    }
} finally {
  await browser.close();
  server.close();
}
