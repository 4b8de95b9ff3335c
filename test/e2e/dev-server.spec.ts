// The editor's loop on the dev server (npm run dev), in a copy of the project: a content problem shows in the
// browser page, naming the file, the line and the fix, also when the server starts with it; the page goes back
// to the story by itself once the file is fixed, and shows the next problem by itself too.
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
let dir: string;
let server: ChildProcess | undefined;
let url: string;
let file: string;
let good: string;

/** A port nothing listens on. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** The first English section file, with a figure typed into its title: a mistake the check refuses. */
const broken = (text: string) => text.replace(/^title: (.*)$/m, 'title: $1 (17%)');

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== 'desktop', 'one dev server is enough');
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'dev-server-'));
  for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const name = readdirSync(join(dir, 'content/story/en')).sort()[0]!;
  file = join(dir, 'content/story/en', name);
  good = readFileSync(file, 'utf8');
  writeFileSync(file, broken(good)); // the server starts with the mistake
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
  await expect.poll(() => fetch(url).then((r) => r.status, () => 0), { timeout: 90_000, intervals: [500] }).toBeGreaterThan(0);
});
test.afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('content problems show in the page and clear by themselves', async ({ page }) => {
  test.setTimeout(120_000);
  const overlay = page.locator('vite-error-overlay');
  const where = new RegExp(`content/story/en/${file.split('/').pop()!.replace('.', '\\.')}:\\d+\\s+\\[title\\]\\s+the number "17" is typed into the title`);
  await page.goto(url);
  await expect(overlay).toContainText(where, { timeout: 30_000 });
  await expect(overlay).toContainText('reloads by itself');

  writeFileSync(file, good); // fixed: the story comes back without a reload by hand
  await expect(page.locator('#main figure[data-chart]').first()).toBeAttached({ timeout: 30_000 });
  await expect(overlay).toHaveCount(0);

  writeFileSync(file, broken(good)); // broken again, with the page open
  await expect(overlay).toContainText(where, { timeout: 30_000 });
  writeFileSync(file, good);
  await expect(overlay).toHaveCount(0, { timeout: 30_000 });
});
