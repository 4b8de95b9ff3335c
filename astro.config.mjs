// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// BASE_PATH serves the site from a sub-folder, e.g. BASE_PATH=/story/ npm run build.
export default defineConfig({
  output: 'static',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  integrations: [svelte()],
  i18n: {
    locales: ['en', 'de'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
