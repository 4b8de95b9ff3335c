// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// BASE_PATH serves the site from a sub-folder, e.g. BASE_PATH=/story/ npm run build.
// SITE_URL is where the site will live (https://example.com); with it, pages carry absolute canonical and
// language-alternate links. Without it they are left out rather than guessed.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  integrations: [svelte()],
  i18n: {
    locales: ['en', 'de'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
