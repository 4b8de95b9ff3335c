// npm run size: the JavaScript each built page loads, gzipped (level 9), file by file and in total, against
// the budget of 30 KB (30,720 bytes) per page. Follows <script src>, inline scripts, island component and
// renderer URLs and every static or dynamic import between the bundles. Exits 1 over budget. For the story
// pages also their HTML (budget 60 KB gzipped) and the font files they preload (woff2, already compressed).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const BUDGET = 30 * 1024;
const gz = (text) => gzipSync(text, { level: 9 }).length;

function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Maps a URL in the page to a file in dist (the base path is whatever precedes /_astro/). */
function fileOf(url) {
  const at = url.indexOf('/_astro/');
  return at === -1 ? undefined : join(DIST, url.slice(at));
}

function jsOf(htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim() && !/^\s*\{/.test(body)); // skip JSON data blocks
  const urls = new Set([
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
  ]);
  const files = new Map();
  const queue = [...urls].map(fileOf).filter(Boolean);
  while (queue.length) {
    const file = queue.pop();
    if (files.has(file) || !existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    // static imports and dynamic ones (import("./x.js") or import(`./x.js`)), and Vite's preload list of them
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const target = m[1].startsWith('.') ? posix.join(posix.dirname(file), m[1]) : fileOf(m[1]);
      if (target) queue.push(target);
    }
  }
  return { inline, files };
}

/** At most this much gzipped HTML per story page. */
const HTML_BUDGET = 60 * 1024;
/** The story pages: the site's root and each language's root. */
const storyPage = (page) => /^(de\/)?index\.html$/.test(page.slice(DIST.length + 1));

let failed = false;
for (const page of pages(DIST).filter((p) => !p.includes(`${DIST}/embed`))) {
  const { inline, files } = jsOf(page);
  const rows = [...files].map(([file, code]) => [file.slice(DIST.length + 1), code.length, gz(code)]);
  inline.forEach((code, i) => rows.push([`(inline script ${i + 1})`, code.length, gz(code)]));
  rows.sort((a, b) => b[2] - a[2]);
  const total = rows.reduce((sum, r) => sum + r[2], 0);
  console.log(`\n${page}`);
  for (const [name, raw, zipped] of rows) console.log(`  ${String(zipped).padStart(7)} B gz  ${String(raw).padStart(7)} B  ${name}`);
  const verdict = total <= BUDGET ? 'within' : 'OVER';
  console.log(`  ${String(total).padStart(7)} B gz  total JavaScript: ${(total / 1024).toFixed(1)} KB, ${verdict} the ${BUDGET / 1024} KB budget`);
  if (total > BUDGET) failed = true;
  // story pages also have a budget for their HTML (text, static charts, island data), gzipped
  if (storyPage(page)) {
    const text = readFileSync(page, 'utf8');
    const html = gz(text);
    const ok = html <= HTML_BUDGET;
    console.log(`  ${String(html).padStart(7)} B gz  HTML: ${(html / 1024).toFixed(1)} KB, ${ok ? 'within' : 'OVER'} the ${HTML_BUDGET / 1024} KB budget`);
    if (!ok) failed = true;
    const fonts = [...text.matchAll(/<link rel="preload" href="([^"]+\.woff2)"/g)].map((m) => fileOf(m[1]));
    const fontBytes = fonts.reduce((sum, file) => sum + statSync(file).size, 0);
    console.log(`  ${String(fontBytes).padStart(7)} B     preloaded fonts: ${fonts.length} files, ${(fontBytes / 1024).toFixed(1)} KB`);
  }
}
process.exit(failed ? 1 : 0);
