// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { readFile, writeFile } from 'node:fs/promises';
import { headersFile } from './src/lib/security-headers.ts';

/** Dev server only: reloads every open page once content/ has been checked again after a change
 *  (src/data/story-loader.ts calls the hook), so that a page showing content problems recovers by itself and a
 *  page showing the story shows a new problem at once. */
const reloadOnContent = {
  name: 'reload-on-content',
  hooks: {
    /** @param {{ server: import('vite').ViteDevServer }} options */
    'astro:server:setup': ({ server }) => {
      const hooks = /** @type {Record<symbol, () => void>} */ (/** @type {unknown} */ (globalThis));
      hooks[Symbol.for('story-loader.synced')] = () => server.ws.send({ type: 'full-reload', path: '*' });
    },
  },
};

/** After a build: dist/_headers, every page's security policy as a header for static hosts, with
 *  frame-ancestors (src/lib/security-headers.ts). */
const securityHeaders = () => {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig }} options */
      'astro:config:done': ({ config }) => void (base = config.base.endsWith('/') ? config.base : `${config.base}/`),
      /** @param {{ dir: URL, pages: { pathname: string }[] }} options */
      'astro:build:done': async ({ dir, pages }) => {
        const html = pages.filter((p) => p.pathname === '' || p.pathname.endsWith('/'));
        const built = await Promise.all(html.map(async (p) => ({ path: `${base}${p.pathname}`, html: await readFile(new URL(`${p.pathname}index.html`, dir), 'utf8') })));
        await writeFile(new URL('_headers', dir), headersFile(built, base));
      },
    },
  };
};

/** scrollama watches each step with a ResizeObserver, and when a step's height changes it makes a new observer
 *  inside the callback, which every engine reports as a "ResizeObserver loop completed with undelivered
 *  notifications" error on window.onerror (whenever the window is resized). This takes that work to the next
 *  frame. The build fails if scrollama's code no longer reads as expected (check the new version, then drop or
 *  adapt this). */
const scrollamaResizeInNextFrame = {
  name: 'scrollama-resize-in-next-frame',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!/node_modules[\\/]scrollama[\\/]src[\\/]entry\.js$/.test(id)) return;
    const from = 'function resizeStep([entry]) {';
    if (!code.includes(from)) throw new Error(`scrollama changed: ${from} not found in ${id}`);
    return code.replace(from, 'function resizeStep([entry]) { requestAnimationFrame(() => resizeStepNow(entry)); }\nfunction resizeStepNow(entry) {');
  },
};

// BASE_PATH serves the site from a sub-folder, e.g. BASE_PATH=/story/ npm run build.
// SITE_URL is where the site will live (https://example.com); with it, pages carry absolute canonical and
// language-alternate links. Without it they are left out rather than guessed.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  integrations: [svelte(), reloadOnContent, securityHeaders()],
  i18n: {
    locales: ['en', 'de'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Every page names what it may run and load: its own files, and inline scripts and styles by their hashes
  // (Astro hashes what it bundles; the pages hash their own inline ones with Astro.csp). No inline style
  // attributes, no eval, no other host. The same policy goes out as a header, with frame-ancestors, which a
  // <meta> cannot carry (scripts/headers.mjs writes dist/_headers).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
    },
  },
  vite: {
    plugins: [scrollamaResizeInNextFrame],
    // scrollama's ES module source, not the UMD build its "browser" field names: 160 bytes less gzipped
    resolve: { alias: [{ find: /^scrollama$/, replacement: 'scrollama/index.js' }] },
  },
});
