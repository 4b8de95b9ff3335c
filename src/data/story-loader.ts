// Astro content loader for the whole story: reads and checks content/ (src/lib/content/check.ts) and stores
// the built story per language. A build stops on any content problem with all of them listed. The dev server
// stores the problems instead (entry "problems"), so that every page shows them (get-story.ts), and checks
// again whenever a file under content/ changes: the page reloads by itself, with the problems or the story.
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../lib/content/check';
import { formatContentErrors } from '../lib/content/errors';
import { formatContentReport } from '../lib/content/report';
import { LOCALES } from '../lib/format';

export function storyLoader(): Loader {
  return {
    name: 'story-loader',
    load: async ({ store, logger, watcher, config }) => {
      const root = fileURLToPath(config.root);
      /** Checks content/ and stores the story, or the problems; says whether the content is right. */
      const sync = () => {
        const result = checkContentDir(root);
        store.clear();
        if (result.ok) {
          for (const locale of LOCALES) store.set({ id: locale, data: { ...result.stories[locale] } });
          logger.info(formatContentReport(result.report));
          return true;
        }
        if (!watcher) throw new Error(`The story cannot be built. ${formatContentErrors(result.errors)}`);
        logger.error(formatContentErrors(result.errors));
        store.set({ id: 'problems', data: { problems: result.errors.map((e) => ({ ...e })) } });
        return false;
      };
      let right = sync();
      watcher?.add(`${root}content`);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(`${root}content`)) return;
        const wasRight = right;
        right = sync();
        // back from problems: the dev server's reload hook (astro.config.mjs) loads open pages again, the error
        // page too (Astro's own reload on saving the store came too early in some runs)
        if (right && !wasRight) (globalThis as Record<symbol, (() => void) | undefined>)[Symbol.for('story-loader.synced')]?.();
      });
    },
  };
}
