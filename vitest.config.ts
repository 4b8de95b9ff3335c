/// <reference types="vitest/config" />
// Unit tests run through Astro's Vite config, so Svelte components compile exactly as in the site.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
