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
});
