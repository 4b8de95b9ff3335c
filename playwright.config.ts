// End-to-end tests in a real Chromium, at a phone and a desktop size, against the built site served by
// scripts/serve.mjs: once at the root (dist) and once under a base path (dist-base: test/e2e/servers.ts names both).
// CHROMIUM_PATH points at the browser (Debian's /usr/bin/chromium here); without it Playwright's own is used.
// The two ports are fixed (the test build writes the first into canonical URLs); a server already listening
// on either is refused, never reused, so that the tests cannot run against some other build.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium-args.mjs';
import { BASE_PATH, BASE_PORT, PORT, UNDER_BASE_PATH } from './test/e2e/servers';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  // reference images of the charts (charts.visual.spec.ts), one folder per project
  snapshotPathTemplate: '{testDir}/__screenshots__/{projectName}/{arg}{ext}',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: CHROMIUM_ARGS,
    },
  },
  // the phone at a pixel ratio of 2: its CSS layout is the same as at 3, the screenshots are compared at CSS
  // pixels (toHaveScreenshot's default scale), and it rasters less than half as many pixels on machines with
  // no GPU, where the browser tests take the CPU
  projects: [
    { name: 'phone', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${PORT} /`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
    },
    // the base-path build, where it was built (npm test builds it; the edited copy of scripts/test-edits.ts
    // runs no test that needs it, and skips the build): a test that needs it fails without it, as it cannot connect
    ...(existsSync('dist-base')
      ? [
          {
            command: `node scripts/serve.mjs dist-base ${BASE_PORT} ${BASE_PATH}`,
            url: UNDER_BASE_PATH,
            reuseExistingServer: false,
          },
        ]
      : []),
  ],
});
