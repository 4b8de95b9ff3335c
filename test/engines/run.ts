// npm run test:engines: the reader's walk (walk.ts) in Firefox and WebKit, at a phone and a desktop size, and the
// presentation's (present-walk.ts) at the desktop size
// (English on the phone, German on the desktop, so that both languages are walked in every engine; each size
// opens every other step by deep link, so that every step is opened once in every engine), against
// the test build in dist/ (npm run build:test). Chromium's walk is the Playwright suite (test/e2e/, both
// languages at both sizes); ENGINES=chromium,firefox,webkit runs this walk in all three. Prints a table of
// engine x size with what went wrong and how long it took, with SHOTS=1 saves a screenshot of each chart at
// its last step in test-results/engines/ (to compare the engines by eye), and fails on any problem or on a
// missing engine (.ci/run installs Debian's firefox-esr, webkit2gtk-driver and xvfb).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite } from '../../scripts/serve.mjs';
import { available, puppeteerEngine, webkitEngine, type Engine } from './engines';
import { presentWalk } from './present-walk';
import { walk } from './walk';

const SIZES = [
  { label: 'phone', width: 390, height: 844, path: '/', otherPath: '/de/' },
  { label: 'desktop', width: 1280, height: 800, path: '/de/', otherPath: '/' },
];
const out = join(import.meta.dirname, '../../test-results/engines');
mkdirSync(out, { recursive: true });

const wanted = (process.env.ENGINES ?? 'firefox,webkit').split(',');
const { engines, missing } = available(wanted);
if (missing.length) {
  console.error(`missing engines (apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
// the walk's probe, first in every page's <head> as a same-origin file, under the page's security policy
const probe = { path: '/__probe.js', body: readFileSync(join(import.meta.dirname, 'probe.js')) };
const { server, origin } = await serveSite({ dir: process.env.DIST ?? 'dist', inject: probe });

/** One engine's walks at both sizes, as lines of the report; true when all went well. */
async function walkEngine(name: Engine['name']): Promise<{ ok: boolean; lines: string[] }> {
  const started = Date.now();
  const lines: string[] = [];
  let ok = true;
  const engine: Engine = name === 'webkit' ? await webkitEngine() : await puppeteerEngine(name);
  try {
    for (const [i, size] of SIZES.entries()) {
      const t = Date.now();
      // each size opens every other step by deep link, so that each engine opens every step once
      const result = await walk(engine, origin, size.path, size.otherPath, size, process.env.SHOTS ? join(out, `${name}-${size.label}`) : '', [i, SIZES.length]);
      const width = await engine.eval<number>('innerWidth').catch(() => size.width);
      const { deepLinks, charts, terms, pages, unlaidAtClick } = result.counts;
      const where = `${size.label} ${width}x${size.height} ${size.path}`;
      const verdict = result.problems.length ? `${result.problems.length} PROBLEMS` : 'ok';
      lines.push(`${name.padEnd(8)} ${where.padEnd(24)} ${deepLinks} deep links, ${charts} charts scrolled, ${terms} terms, ${pages} loads, a section from the contents with ${unlaidAtClick} blocks still to lay out, ${((Date.now() - t) / 1000).toFixed(0)} s: ${verdict}`);
      lines.push(...result.problems.map((p) => `    ${p}`));
      ok &&= result.problems.length === 0;
    }
    // the presentation, at the desktop size, in the desktop walk's language
    const desktop = SIZES.at(-1)!;
    const t = Date.now();
    await engine.open(desktop.width, desktop.height);
    const deck = await presentWalk(engine, origin, `${desktop.path}present/`);
    lines.push(`${name.padEnd(8)} ${`presentation ${desktop.path}present/`.padEnd(24)} ${deck.slides} chart slides, ${((Date.now() - t) / 1000).toFixed(0)} s: ${deck.problems.length ? `${deck.problems.length} PROBLEMS` : 'ok'}`);
    lines.push(...deck.problems.map((p) => `    ${p}`));
    ok &&= deck.problems.length === 0;
  } finally {
    await engine.close();
  }
  lines.push(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { ok, lines };
}

// the engines side by side: each walk mostly waits for its page, and the suite has a time budget
const started = Date.now();
const results = await Promise.all(engines.map(walkEngine)).finally(() => server.close());
console.log(results.flatMap((r) => r.lines).join('\n'));
console.log(`engine walk: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
