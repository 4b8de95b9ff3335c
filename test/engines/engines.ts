// The three engines behind one small interface for the engine walk (walk.ts): Chromium and Firefox through
// puppeteer-core (CDP and WebDriver BiDi), WebKit through WebKitGTK's own WebDriver server (classic WebDriver
// over HTTP, no client library) with MiniBrowser under Xvfb, as Debian ships them. Paths come from the
// environment (CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_DRIVER, WEBKIT_BROWSER) or Debian's defaults.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';

export interface Engine {
  name: 'chromium' | 'firefox' | 'webkit';
  /** A fresh page with a viewport of this size (WebKitGTK will not make a window narrower than about 447 px). */
  open(width: number, height: number): Promise<void>;
  /** Resizes the viewport of the page open now. */
  resize(width: number, height: number): Promise<void>;
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page, awaiting a promise, and returns its JSON value. */
  eval<T>(expression: string): Promise<T>;
  /** A real click, by the engine's own input, on the element that matches a CSS selector. */
  click(selector: string): Promise<void>;
  key(key: 'ArrowDown' | 'ArrowUp'): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export const ENGINE_PATHS = {
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  webkitDriver: process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver',
  webkitBrowser: process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

/** Chromium or Firefox, driven by puppeteer-core. */
export async function puppeteerEngine(name: 'chromium' | 'firefox'): Promise<Engine> {
  const browser: Browser = await puppeteer.launch(
    name === 'chromium'
      ? {
          browser: 'chrome',
          executablePath: ENGINE_PATHS.chromium,
          args: CHROMIUM_ARGS,
        }
      : { browser: 'firefox', executablePath: ENGINE_PATHS.firefox },
  );
  let page: Page | undefined;
  const current = () => page ?? Promise.reject(new Error('no page open'));
  const resize = async (width: number, height: number) => {
    const p = await current();
    // Firefox ESR 140 sets the viewport but knows no screen orientation override, which puppeteer also sends
    // (and then reports failure before the viewport has changed: so wait until it has)
    await p.setViewport({ width, height }).catch((e: Error) => {
      if (!/setScreenOrientationOverride/.test(e.message)) throw e;
    });
    for (let i = 0; i < 40 && (await p.evaluate('innerWidth')) !== width; i++) await new Promise((r) => setTimeout(r, 50));
  };
  return {
    name,
    async open(width, height) {
      await page?.close();
      page = await browser.newPage();
      await resize(width, height);
    },
    resize,
    goto: async (url) => void (await (await current()).goto(url, { waitUntil: 'load' })),
    eval: async (expression) => (await current()).evaluate(expression) as never,
    click: async (selector) => (await current()).click(selector),
    key: async (key) => (await current()).keyboard.press(key as KeyInput),
    screenshot: async (path) => void (await (await current()).screenshot({ path: path as `${string}.png` })),
    close: () => browser.close(),
  };
}

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const KEYS = { ArrowDown: '\uE015', ArrowUp: '\uE013' };

/** WebKitGTK's MiniBrowser, driven by WebKitWebDriver under xvfb-run (headless MiniBrowser hangs). */
export async function webkitEngine(): Promise<Engine> {
  const port = await freePort();
  const driver: ChildProcess = spawn('xvfb-run', ['-a', ENGINE_PATHS.webkitDriver, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json()) as { value: T & { error?: string; message?: string } };
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      if ((await call<{ ready: boolean }>('GET', '/status')).ready) break;
    } catch (e) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start on port ${port}: ${e}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const { sessionId } = await call<{ sessionId: string }>('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: ENGINE_PATHS.webkitBrowser, args: ['--automation'] } } },
  });
  const s = (path: string) => `/session/${sessionId}${path}`;
  await call('POST', s('/timeouts'), { script: 120_000, pageLoad: 30_000 });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const script = `const done = arguments[arguments.length - 1]; Promise.resolve().then(() => (${expression})).then((v) => done({ v: v === undefined ? null : v }), (e) => done({ e: String(e && e.stack || e) }));`;
    const out = await call<{ v: T; e?: string }>('POST', s('/execute/async'), { script, args: [] });
    if (out.e) throw new Error(`in the page: ${out.e}`);
    return out.v;
  };
  // the window's size, corrected by what the page reports (the window may have a frame): once, on the first
  // resize, and from then on in one step, as a reader's turned phone resizes once
  let frame: [number, number] | undefined;
  const resize = async (width: number, height: number) => {
    await call('POST', s('/window/rect'), { width: width + (frame?.[0] ?? 0), height: height + (frame?.[1] ?? 0) });
    if (frame) return;
    const [w, h] = await evaluate<[number, number]>('[innerWidth, innerHeight]');
    frame = [width - w, height - h];
    if (w !== width || h !== height) await call('POST', s('/window/rect'), { width: width + frame[0], height: height + frame[1] });
  };
  return {
    name: 'webkit',
    open: resize,
    resize,
    goto: async (url) => void (await call('POST', s('/url'), { url })),
    eval: evaluate,
    async click(selector) {
      const el = await call<Record<string, string>>('POST', s('/element'), { using: 'css selector', value: selector });
      await call('POST', s(`/element/${el[ELEMENT]}/click`), {});
    },
    async key(key) {
      const value = KEYS[key];
      await call('POST', s('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
      await call('DELETE', s('/actions'));
    },
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await call<string>('GET', s('/screenshot')), 'base64'));
    },
    async close() {
      await call('DELETE', s('')).catch(() => {});
      try {
        process.kill(-driver.pid!, 'SIGTERM');
      } catch {}
    },
  };
}

/** Which of the wanted engines this machine has, and what is missing for the others. */
export function available(wanted: string[]): { engines: Engine['name'][]; missing: string[] } {
  const engines: Engine['name'][] = [];
  const missing: string[] = [];
  for (const [name, paths] of [
    ['chromium', [ENGINE_PATHS.chromium]],
    ['firefox', [ENGINE_PATHS.firefox]],
    ['webkit', [ENGINE_PATHS.webkitDriver, ENGINE_PATHS.webkitBrowser, '/usr/bin/xvfb-run']],
  ] as const) {
    if (!wanted.includes(name)) continue;
    const absent = paths.filter((p) => !existsSync(p));
    if (absent.length) missing.push(`${name}: ${absent.join(', ')}`);
    else engines.push(name);
  }
  return { engines, missing };
}
