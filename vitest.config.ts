/// <reference types="vitest/config" />
// Unit tests run through Astro's Vite config, so Svelte components compile exactly as in the site.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // the test files share their workers' modules (Svelte's compiler, Astro's container, the content loaded
    // once), instead of each file loading them afresh: the unit tests in about 11 s instead of 39 on these
    // machines. No test file changes what another reads: none mocks a module, and the one that replaces a
    // global (requestAnimationFrame, frame.test.ts) puts it back after each test; they pass in any order of
    // files (checked with --sequence.shuffle.files)
    isolate: false,
  },
});
