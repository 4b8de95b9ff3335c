// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

/** Dev server only: reloads every open page once content/ is right again after a problem (src/data/story-loader.ts
 *  calls the hook), so that a page showing content problems recovers by itself. */
const reloadOnContent = {
  name: 'reload-on-content',
  hooks: {
    /** @param {{ server: import('vite').ViteDevServer }} options */
    'astro:server:setup': ({ server }) => {
      // after the store is saved: the loader calls this as soon as it has checked
      const hooks = /** @type {Record<symbol, () => void>} */ (/** @type {unknown} */ (globalThis));
      hooks[Symbol.for('story-loader.synced')] = () => setTimeout(() => server.ws.send({ type: 'full-reload', path: '*' }), 1500);
    },
  },
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
  integrations: [svelte(), reloadOnContent],
  i18n: {
    locales: ['en', 'de'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [scrollamaResizeInNextFrame],
    // scrollama's ES module source, not the UMD build its "browser" field names: 160 bytes less gzipped
    resolve: { alias: [{ find: /^scrollama$/, replacement: 'scrollama/index.js' }] },
  },
});
