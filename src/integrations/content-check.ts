// Astro integration: checks all of content/ before a build and stops it with every problem listed
// (file, line, field, fix). In the dev server it reports problems without stopping.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatContentErrors } from '../lib/content/errors';
import { readContentDir } from '../lib/content/read-dir';
import { validateContent } from '../lib/content/story';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { input, errors } = readContentDir(root);
        const all = [...errors, ...validateContent(input)];
        if (all.length === 0) return;
        if (command === 'build') throw new Error(formatContentErrors(all));
        logger.error(formatContentErrors(all));
      },
    },
  };
}
