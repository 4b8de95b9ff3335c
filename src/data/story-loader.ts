// Astro content loader for the whole story: reads and checks content/ (src/lib/content/check.ts) and stores
// the built story per language. A build stops on any content problem with all of them listed. The dev server
// stores the problems instead (entry "problems"), so that every page shows them (get-story.ts), and checks
// again whenever a file under content/ changes; open pages then reload by themselves, with the problems or
// the story.
//
// On the dev server the pages take the latest check from this loader directly (latestDevCheck), not from
// Astro's stored copy: that copy reaches the page renderer through a file write and a module invalidation,
// and under load a page reloaded just after a change could be rendered from the copy before it (seen about
// once in eight runs of test/e2e/dev-server.spec.ts).
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { checkContentDir, type ContentCheck } from '../lib/content/check';
import { formatContentErrors } from '../lib/content/errors';
import { formatContentReport } from '../lib/content/report';
import { LOCALES } from '../lib/format';

/** The dev server's hand-off between this loader and the pages (one process, two module graphs). */
const LATEST = Symbol.for('story-loader.latest');
/** Set by the dev server (astro.config.mjs): loads every open page again. */
const RELOAD = Symbol.for('story-loader.synced');
const shared = globalThis as { [LATEST]?: ContentCheck; [RELOAD]?: () => void };

/** The dev server's latest check of content/; undefined in a build. */
export const latestDevCheck = (): ContentCheck | undefined => shared[LATEST];

export function storyLoader(): Loader {
  return {
    name: 'story-loader',
    load: async ({ store, logger, watcher, config }) => {
      const root = fileURLToPath(config.root);
      /** Checks content/ and stores the story, or the problems. */
      const sync = () => {
        const result = checkContentDir(root);
        if (watcher) shared[LATEST] = result;
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
        pending = setTimeout(() => {
          sync();
          shared[RELOAD]?.();
        }, 100);
      });
    },
  };
}
