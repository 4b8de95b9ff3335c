// Astro content loader for the whole story: reads and checks content/ (src/lib/content/check.ts) and stores
// the built story per language. A build stops on any content problem with all of them listed. The dev server
// stores the problems instead (entry "problems"), which changes the store, so that Astro reloads open pages,
// and checks again whenever a file under content/ changes; the pages show the problems or the story.
//
// On the dev server the pages take the latest check from this loader directly (latestDevCheck), not from
// Astro's stored copy: that copy reaches the page renderer through a file write and a module invalidation,
// and under load a page reloaded just after a change could be rendered from the copy before it (seen about
// once in eight runs of test/e2e/dev-server.spec.ts). No reload of our own either: a second reload right
// after Astro's can lose the error overlay, which Astro sends to the page 200 ms after the page has loaded.
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { checkContentDir, type ContentCheck } from '../lib/content/check';
import { formatContentErrors, type ContentError } from '../lib/content/errors';
import { formatContentReport } from '../lib/content/report';
import { LOCALES } from '../lib/format';

/** The dev server's hand-off between this loader and the pages (one process, two module graphs). */
const LATEST = Symbol.for('story-loader.latest');
/** How many checks the dev server has made (served at /__content-check by astro.config.mjs). */
const CHECKS = Symbol.for('story-loader.checks');
const shared = globalThis as { [LATEST]?: ContentCheck; [CHECKS]?: number };

/** The dev server's latest check of content/; undefined in a build. */
export const latestDevCheck = (): ContentCheck | undefined => shared[LATEST];

/** How many times the dev server has checked content/ (undefined in a build): a page carries the count it was
 *  rendered with and reloads when the server's has moved on, should it have missed the reload (it was itself
 *  reloading when a change came). */
export const devCheckCount = (): number | undefined => shared[CHECKS];

/** The error every page throws on the dev server while content/ has problems: Astro's overlay shows its
 *  message (each problem with file, line and fix) and its hint; no code frame (the problem is in content/). */
export function contentProblem(errors: readonly ContentError[]): Error {
  const error = new Error(formatContentErrors(errors));
  return Object.assign(error, { name: 'Content problem', hint: 'Fix the file and line named above (content/README.md explains each kind of entry). This page reloads by itself when the content is right again.', stack: '' });
}

export function storyLoader(): Loader {
  return {
    name: 'story-loader',
    load: async ({ store, logger, watcher, config }) => {
      const root = fileURLToPath(config.root);
      /** Checks content/ and stores the story, or the problems. */
      const sync = () => {
        const result = checkContentDir(root);
        if (watcher) [shared[LATEST], shared[CHECKS]] = [result, (shared[CHECKS] ?? 0) + 1];
        store.clear();
        if (result.ok) {
          for (const locale of LOCALES) store.set({ id: locale, data: { ...result.stories[locale] } });
          logger.info(formatContentReport(result.report));
          return;
        }
        if (!watcher) throw new Error(`The story cannot be built. ${formatContentErrors(result.errors)}`);
        logger.error(formatContentErrors(result.errors));
        store.set({ id: 'problems', data: { problems: result.errors.map((e) => ({ ...e })) } });
      };
      sync();
      watcher?.add(`${root}content`);
      // one check for a burst of changes (an editor saving several files, a file written in two parts)
      let pending: ReturnType<typeof setTimeout> | undefined;
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(`${root}content`)) return;
        clearTimeout(pending);
        pending = setTimeout(sync, 100);
      });
    },
  };
}
