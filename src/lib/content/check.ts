// The content folder, read and checked in one call, for the three places that need it: `npm run check`, the
// Astro loader (build and dev server) and the tests. Problems reading a file (missing, not valid YAML, no
// frontmatter) come alone: checking content that could not be read would only report what follows from them.
import type { ContentError } from './errors';
import { readContentDir } from './read-dir';
import type { ContentInput, StoryModel } from './model';
import type { ContentReport } from './report';
import { buildContent, ContentCheckError } from './story';
import type { Locale } from '../format';

export type ContentCheck =
  | { ok: true; input: ContentInput; stories: Record<Locale, StoryModel>; report: ContentReport }
  | { ok: false; input: ContentInput; errors: ContentError[] };

export function checkContentDir(root: string): ContentCheck {
  const { input, errors } = readContentDir(root);
  if (errors.length > 0) return { ok: false, input, errors };
  try {
    return { ok: true, input, ...buildContent(input) };
  } catch (e) {
    if (e instanceof ContentCheckError) return { ok: false, input, errors: e.errors };
    throw e;
  }
}
