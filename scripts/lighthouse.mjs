// npm run lighthouse: Lighthouse (mobile, the default) for the story pages of the built site, printed as
// scores per category. Serves dist/ itself on a free local port; needs CHROMIUM_PATH or Chrome installed.
// Its simulated performance score moves between runs of the same build (on these machines as FCP lands
// before or after the page's first big layout, and by several points when the machine is busy), so it runs
// each page RUNS times (5 unless set), prints every run, then each page's scores per category from lowest
// to highest and the scores of its median run, picked as Lighthouse itself picks one (core/lib/median-run.js:
// the run nearest the median FCP and time to interactive).
//   SITE_URL=http://127.0.0.1:4610 npm run build && npm run lighthouse      (or RUNS=1 npm run lighthouse)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const PORT = 4610;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/de/'];
const RUNS = Number(process.env.RUNS ?? 5);
/** page -> category -> the scores of its runs */
const scores = new Map(pages.map((page) => [page, new Map()]));
/** page -> the reports of its runs */
const reports = new Map(pages.map((page) => [page, []]));
const server = spawn(process.execPath, ['scripts/serve.mjs', process.env.DIST ?? 'dist', String(PORT), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || undefined,
  userDataDir: mkdtempSync(join(tmpdir(), 'lh-')),
  // PaintHolding off: Lighthouse opens about:blank and then navigates, and Chromium keeps the old blank page on
  // screen for a same-origin navigation until a timer runs out. On these machines that held every page,
  // even the one-screen teaching page, blank for one to two seconds, which entered Speed Index (through the
  // observed speed index) but is no part of what a reader arriving from a link sees.
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--disable-features=PaintHolding'],
});
let worst = 100;
/** A run's scores, one category after another. */
const line = (lhr) => Object.values(lhr.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join('  ');
try {
  for (let run = 0; run < RUNS; run++) for (const page of pages) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    reports.get(page).push(result.lhr);
    const cats = Object.values(result.lhr.categories).map((c) => [c.title, Math.round(c.score * 100)]);
    console.log(`${page}  ${line(result.lhr)}`);
    const byCategory = scores.get(page);
    for (const [title, score] of cats) {
      worst = Math.min(worst, score);
      byCategory.set(title, [...(byCategory.get(title) ?? []), score]);
    }
    for (const audit of Object.values(result.lhr.audits))
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        console.log(`    ${audit.id}: ${audit.score} ${audit.displayValue ?? ''}`);
    const m = result.lhr.audits;
    console.log(`    FCP ${m['first-contentful-paint'].displayValue}, LCP ${m['largest-contentful-paint'].displayValue}, TBT ${m['total-blocking-time'].displayValue}, CLS ${m['cumulative-layout-shift'].displayValue}`);
    // the host's CPU as Lighthouse measures it (its "CPU/Memory Power"), and its warnings (a slow host among them)
    console.log(`    benchmark index ${Math.round(result.lhr.environment.benchmarkIndex)}${result.lhr.runWarnings.map((w) => `; ${w}`).join('')}`);
  }
} finally {
  chrome.kill();
  server.kill();
}
if (RUNS > 1) {
  for (const [page, byCategory] of scores)
    console.log(`${page}  every run, lowest first: ${[...byCategory].map(([title, list]) => `${title} ${list.sort((a, b) => a - b).join(',')}`).join('  ')}`);
  for (const [page, lhrs] of reports) console.log(`${page}  median run of ${lhrs.length}: ${line(computeMedianRun(lhrs))}`);
}
console.log(`lowest score of any run: ${worst}`);
