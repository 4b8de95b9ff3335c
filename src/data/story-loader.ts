// Astro content loader for the whole story: reads content/ once (src/lib/content/read-dir.ts), checks
// everything (src/lib/content/story.ts) and stores the built story per language. A build stops on any
// content problem with all of them listed; the dev server logs them, keeps the last good story and
// reloads when a file under content/ changes.
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { formatContentErrors } from '../lib/content/errors';
import { readContentDir } from '../lib/content/read-dir';
import { buildContent, ContentCheckError, formatContentReport } from '../lib/content/story';
import { LOCALES } from '../lib/format';

export function storyLoader(): Loader {
  return {
    name: 'story-loader',
    load: async ({ store, logger, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const { input, errors } = readContentDir(root);
        try {
          if (errors.length > 0) throw new ContentCheckError(errors);
          const { stories, report } = buildContent(input);
          store.clear();
          for (const locale of LOCALES) store.set({ id: locale, data: { ...stories[locale] } });
          logger.info(formatContentReport(report));
        } catch (e) {
          if (!(e instanceof ContentCheckError)) throw e;
          if (!watcher) throw new Error(`The story cannot be built. ${formatContentErrors(e.errors)}`);
          logger.error(formatContentErrors(e.errors));
        }
      };
      sync();
      watcher?.add(`${root}content`);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(`${root}content`)) sync();
      });
    },
  };
}
