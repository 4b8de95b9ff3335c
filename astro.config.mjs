// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';
import { createRequire } from 'node:module';
import { headersFile } from './src/lib/security-headers.ts';
import { contentProblem, devCheckCount, latestDevCheck } from './src/data/story-loader.ts';

/** Dev server only, so that an open page follows every change to content/ even when it was itself reloading
 *  as the change came (Astro reloads pages after a change, and sends an error page its overlay 200 ms after
 *  the page has loaded: under load the page may not listen yet):
 *  - a story page carries the number of the content check it was rendered with (data-content-check,
 *    src/data/story-loader.ts) and reloads if the server's has moved on once its connection is back;
 *  - every page that connects while content/ has problems is sent the overlay listing them. */
const followContentInDev = {
  name: 'follow-content-in-dev',
  hooks: {
    /** @param {{ command: string, injectScript: (stage: 'page', code: string) => void }} options */
    'astro:config:setup': ({ command, injectScript }) => {
      if (command !== 'dev') return;
      injectScript(
        'page',
        `const check = () => {
          const seen = document.documentElement.dataset.contentCheck;
          if (seen) fetch('/__content-check').then((r) => r.text()).then((now) => now && now !== seen && location.reload());
        };
        check();
        import.meta.hot?.on('vite:ws:connect', check);`,
      );
    },
    /** @param {{ server: import('vite').ViteDevServer }} options */
    'astro:server:setup': ({ server }) => {
      server.middlewares.use('/__content-check', (_req, res) => res.end(String(devCheckCount() ?? '')));
      server.ws.on('connection', (socket) => {
        const latest = latestDevCheck();
        if (!latest || latest.ok) return;
        const { name, message, hint } = /** @type {Error & { hint: string }} */ (contentProblem(latest.errors));
        const html = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const err = { name, message: html(message), hint: html(hint), stack: '', plugin: 'astro', loc: {} };
        socket.send(JSON.stringify({ __isEnhancedAstroErrorPayload: true, type: 'error', err }));
      });
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

/** A change to scrollama's own code (its entry module), by a vite plugin: `from` is replaced by `to`. The build
 *  fails if scrollama's code no longer reads as expected (check the new version, then drop or adapt the change).
 *  @param {string} name @param {string} from @param {string} to */
const scrollamaPatch = (name, from, to) => ({
  name,
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!/node_modules[\\/]scrollama[\\/]src[\\/]entry\.js$/.test(id)) return;
    if (!code.includes(from)) throw new Error(`scrollama changed: ${from} not found in ${id}`);
    return code.replace(from, () => to);
  },
});

/** scrollama watches each step with a ResizeObserver, and when a step's height changes it makes a new observer
 *  inside the callback, which every engine reports as a "ResizeObserver loop completed with undelivered
 *  notifications" error on window.onerror (whenever the window is resized). This takes that work to the next
 *  frame. */
const scrollamaResizeInNextFrame = scrollamaPatch(
  'scrollama-resize-in-next-frame',
  'function resizeStep([entry]) {',
  'function resizeStep([entry]) { requestAnimationFrame(() => resizeStepNow(entry)); }\nfunction resizeStepNow(entry) {',
);

/** scrollama's debug overlay (its option `debug`, which the site never sets: ?debug draws its own line) is
 *  left out of the page's script: 0.2 KB gzipped. */
const scrollamaWithoutDebug = scrollamaPatch('scrollama-without-debug', 'import * as bug from "./debug";', 'const bug = { update() {} };');
/** Nor the random id it names each instance's overlay with. */
const scrollamaWithoutDebugId = scrollamaPatch('scrollama-without-debug-id', 'let id = generateId();', 'let id;');

/** Nor its reading of the page's scroll position, which costs a layout in every frame of scrolling: scrollama
 *  listens to each scroll event to know which way the page moves (window.pageYOffset, which makes the browser
 *  lay out the page first whenever the frame's motion has changed it; a traced walk down the story at 4x CPU:
 *  about 1.1 s of such layouts), and measures each step's place from the top when it starts. It gives the way
 *  to its callbacks (direction) and keeps the place for its debug overlay; the controller reads neither: a
 *  step's entering or leaving only tells it to read every step's place itself, once in the next frame. */
const scrollamaWithoutDirection = scrollamaPatch(
  'scrollama-without-direction',
  'import { setupScroll, direction, onScroll } from "./scroll";',
  'const setupScroll = () => {}, onScroll = () => {}, direction = undefined;',
);
const scrollamaWithoutStepTop = scrollamaPatch('scrollama-without-step-top', 'top: getOffsetTop(node),', '');

/** Nor its progress observers (its option `progress`, which the site never sets): the controller reads each
 *  step's place itself. */
const scrollamaWithoutProgress = scrollamaPatch('scrollama-without-progress', 'if (isProgress) updateProgressObservers();', '');

/** Svelte's production errors and warnings are the address of their page on svelte.dev
 *  ("https://svelte.dev/e/each_key_duplicate"), 17 of them in the charts' code; each keeps its code under a
 *  shorter prefix ("svelte:each_key_duplicate", to be looked up at https://svelte.dev/e/ + the code): 17 B
 *  gzipped. Replaced in every runtime file alike, so that the runtime's own test of the prefix (render.js: an
 *  error of Svelte's own is no hydration mismatch) still holds. */
const svelteErrorCodes = {
  name: 'svelte-error-codes',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!/node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]/.test(id)) return;
    // (the build stops if the runtime no longer tests the prefix as expected: its own errors would then be
    // taken for hydration mismatches; check the new version, then adapt or drop this)
    if (/[\\/]client[\\/]render\.js$/.test(id) && !code.includes("line.startsWith('https://svelte.dev/e/')"))
      throw new Error(`svelte changed: its test of the error prefix is not found in ${id}`);
    return code.replaceAll('https://svelte.dev/e/', 'svelte:');
  },
};

/** Svelte's list of DOM properties (utils.js) begins with a spread of its list of boolean attributes. Nothing
 *  in the charts' code reads either list, but the bundler keeps the spread (spreading runs an iterator, which
 *  might do anything), and it stood in the charts' code as an expression that does nothing: 174 B gzipped.
 *  Written as the same list by a call marked pure (concat), it is left out where unread. The build stops if
 *  the list no longer reads as expected (check the new version, then adapt or drop this). */
const sveltePurePropertyList = {
  name: 'svelte-pure-property-list',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!/node_modules[\\/]svelte[\\/]src[\\/]utils\.js$/.test(id)) return;
    const list = /const DOM_PROPERTIES = \[\s*\.\.\.DOM_BOOLEAN_ATTRIBUTES,([^\]]*)\];/;
    if (!list.test(code)) throw new Error(`svelte changed: its list DOM_PROPERTIES is not found in ${id}`);
    return code.replace(list, (_, rest) => `const DOM_PROPERTIES = /* @__PURE__ */ DOM_BOOLEAN_ATTRIBUTES.concat([${rest}]);`);
  },
};

/** Vite wraps each dynamic import in a helper that first preloads the imported chunk's own imports (0.8 KB
 *  gzipped). The story page has one dynamic import, a chart's code (src/components/charts/hydrate.ts), which
 *  starts two and a half screens before the chart comes into view; it is left plain. It imports nothing the page
 *  has not loaded already (the charts' code and the Svelte runtime are one file: chunks, below). */
const plainDynamicImport = {
  name: 'plain-dynamic-import',
  enforce: /** @type {const} */ ('post'),
  /** @param {string} name @param {{ build?: { modulePreload?: unknown } }} config */
  configEnvironment(name, config) {
    if (name === 'client') config.build = { ...config.build, modulePreload: false };
  },
  /** @param {string} _code @param {string} id */
  transform(_code, id) {
    if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
  },
};

/** Two files where the bundler would make more: each file of its own costs its gzip frame and the names it
 *  imports and exports by.
 *  - page: the small modules that the story page shares with the embed and presentation pages (what starts the
 *    charts, the chart's step, the step buttons, the embed snippet, the screen reader's announcer: 0.1 to 1.3 KB
 *    each), in one file, not five: about 400 B gzipped on the story page. The other pages load the ones they do
 *    not use (at most 27.5 KB in all).
 *  - charts: what draws the charts (their components, layouts and the Svelte runtime), fetched together when
 *    the first chart nears the screen. They were two files, the Svelte runtime on its own as if shared, with 24
 *    names between them; in one, 463 B gzipped less on the story page (30,703 to 30,240 B). Nothing else loads
 *    the runtime: Astro's own Svelte loader (client.svelte) is on no page. */
const chunks = {
  name: 'chunks',
  /** @param {string} name @param {{ build?: { rolldownOptions?: { output?: object } } }} config */
  configEnvironment(name, config) {
    if (name !== 'client') return;
    const rolldownOptions = config.build?.rolldownOptions ?? {};
    const page = { name: 'page', test: /src[\\/]components[\\/](nav[\\/]announce|embed[\\/]snippet|scroll[\\/]step-buttons|charts[\\/](hydrate|shared[\\/]figure-step))\.ts$/ };
    const charts = {
      name: 'charts',
      test: /node_modules[\\/]svelte[\\/]|src[\\/]components[\\/]charts[\\/](hydrate-chart\.ts|\w+\.svelte|shared[\\/](place\.ts|\w+\.svelte(\.ts)?))$|src[\\/]lib[\\/]charts[\\/]/,
    };
    config.build = { ...config.build, rolldownOptions: { ...rolldownOptions, output: { ...rolldownOptions.output, codeSplitting: { groups: [page, charts] } } } };
  },
};

/** The charts' scoped class names: 'S' and the last four characters of Svelte's hash of the component's file
 *  (S1lbd), not 'svelte-' and six of its styles' (svelte-bnhswg): 750 of them in each story page's markup, 52 in
 *  its script. Upper case, so that none can be one of the page's own (lower-case) names; of the file, not of
 *  its styles, so that a change of style keeps the names (and the dev server's hot update); two components
 *  given the same name stop the build. */
const cssNames = new Map();
/** @param {{ hash: (input: string) => string, filename?: string, css: string }} input */
function cssHash({ hash, filename, css }) {
  const owner = filename ?? css;
  const name = `S${hash(owner).slice(-4)}`;
  if ((cssNames.get(name) ?? owner) !== owner) throw new Error(`${cssNames.get(name)} and ${owner} share the scoped class name ${name}`);
  cssNames.set(name, owner);
  return name;
}

/** Each client script, once the bundler has minified it, is minified again by terser (two passes, writing the
 *  syntax of ES2020, which every browser the story is for reads), which folds what the first minifier left:
 *  549 B gzipped less on the story page (terser alone, in the bundler's place, made the charts' code 0.3 KB
 *  larger). Then every script of more than 2 KB starts with V8's compile hint (a
 *  magic comment, which terser would drop: so it comes after): its functions are compiled as the file is
 *  read, which Chromium does off the main thread while the file streams in, instead of each one on the main
 *  thread when it is first called. For a chart's first hydration that was 47 to 60 ms of its task (4x CPU),
 *  now 27 to 40 ms. Other engines read a comment. The story page's smaller files (0.2 to 1.3 KB, whose few
 *  functions compile in no time on first call) go without: the comment is the one text in each that gzip
 *  cannot shorten, 88 bytes of the page's script in all. The files' names are hashed before this; terser's
 *  version and options enter the hash, so that a new terser gives new names. */
/** @type {import('terser').MinifyOptions} */
const TERSER = { module: true, ecma: 2020, compress: { passes: 2 } };
/** What the files' hashes take in from terser: its version and options. */
const TERSER_ID = `terser ${createRequire(import.meta.url)('terser/package.json').version} ${JSON.stringify(TERSER)}`;
const finishScripts = {
  name: 'finish-scripts',
  /** @param {{ config: { consumer: string } }} environment */
  applyToEnvironment: (environment) => environment.config.consumer === 'client',
  augmentChunkHash: () => TERSER_ID,
  /** @param {unknown} _options @param {Record<string, { type: 'chunk', code: string } | { type: 'asset' }>} bundle */
  async generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      file.code = (await minify(file.code, TERSER)).code ?? file.code;
      if (file.code.length > 2048) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
    }
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
  // (discloseVersion: Svelte would add its version to a global set in every page, for tools to read: bytes the
  // reader's budget pays for nothing)
  integrations: [svelte({ compilerOptions: { discloseVersion: false, cssHash } }), followContentInDev, securityHeaders()],
  i18n: {
    locales: ['en', 'de'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // the stylesheet in each page: the first screen paints after one request (2.3 s instead of 4.9 s over
  // Chromium's slow "3G", npm run slow-network), within the HTML budget now that chart data is fetched
  build: { inlineStylesheets: 'always' },
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
    plugins: [svelteErrorCodes, sveltePurePropertyList, plainDynamicImport, chunks, finishScripts, scrollamaResizeInNextFrame, scrollamaWithoutDebug, scrollamaWithoutDebugId, scrollamaWithoutProgress, scrollamaWithoutDirection, scrollamaWithoutStepTop],
    // scrollama's ES module source, not the UMD build its "browser" field names: 160 bytes less gzipped
    resolve: { alias: [{ find: /^scrollama$/, replacement: 'scrollama/index.js' }] },
    // a font stays a file, however small (Inter's symbols are 2 KB): inlined into the stylesheet, it would
    // come with every page, whether the page sets one of its characters or not
    build: { assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.woff2') ? false : undefined) },
  },
});
