// Reads content/ from the file system into the plain input that story.ts validates.
// Used by `npm run check`, the build's content check and the unit tests (with fixture folders).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LOCALES } from '../format';
import type { ContentError } from './errors';
import type { ChartInput, ContentInput, SectionInput } from './model';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits "---\nyaml\n---\nbody" into its parts; lineOffset is the number of lines before the body. */
export function splitFrontmatter(text: string): { yaml: string; body: string; lineOffset: number } | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  return { yaml: m[1]!, body: text.slice(m[0].length), lineOffset: m[0].split('\n').length - 1 };
}

export function readContentDir(root: string, dir = 'content'): { input: ContentInput; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const rel = (p: string) => relative(root, p) || p;
  const readYaml = (path: string): unknown => {
    try {
      return parseYaml(readFileSync(path, 'utf8'), { uniqueKeys: true });
    } catch (e) {
      const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      errors.push({ file: rel(path), line, message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };
  const readMap = (path: string): Record<string, unknown> => {
    if (!existsSync(path)) {
      errors.push({ file: rel(path), message: 'the file is missing' });
      return {};
    }
    const data = readYaml(path);
    if (data == null) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      errors.push({ file: rel(path), message: 'expected a list of entries keyed by id' });
      return {};
    }
    return data as Record<string, unknown>;
  };

  const base = join(root, dir);
  const sections: SectionInput[] = [];
  for (const locale of LOCALES) {
    const folder = join(base, 'story', locale);
    if (!existsSync(folder)) {
      errors.push({ file: rel(folder), message: `the ${locale} story folder is missing` });
      continue;
    }
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.md')).sort()) {
      const path = join(folder, name);
      const parts = splitFrontmatter(readFileSync(path, 'utf8'));
      if (!parts) {
        errors.push({ file: rel(path), line: 1, message: 'the file must start with frontmatter between two "---" lines' });
        continue;
      }
      let frontmatter: unknown;
      try {
        frontmatter = parseYaml(parts.yaml, { uniqueKeys: true });
      } catch (e) {
        const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
        errors.push({ file: rel(path), line: line && line + 1, message: `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
        continue;
      }
      // the file's line of each top-level field (the frontmatter starts on line 2, after "---")
      const fieldLines: Record<string, number> = {};
      parts.yaml.split('\n').forEach((l, i) => {
        const key = /^([\w-]+):/.exec(l)?.[1];
        if (key) fieldLines[key] = i + 2;
      });
      sections.push({ file: rel(path), locale, lineOffset: parts.lineOffset, fieldLines, frontmatter: frontmatter ?? {}, body: parts.body });
    }
  }

  const charts: ChartInput[] = [];
  const dataDir = join(base, 'data');
  if (existsSync(dataDir)) {
    for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.yaml')).sort()) {
      const id = basename(name, '.yaml');
      const metaPath = join(dataDir, name);
      const csvPath = join(dataDir, `${id}.csv`);
      if (!existsSync(csvPath)) {
        errors.push({ file: rel(metaPath), message: `the data file ${id}.csv is missing beside it` });
        continue;
      }
      charts.push({ id, metaFile: rel(metaPath), csvFile: rel(csvPath), meta: readYaml(metaPath), csv: readFileSync(csvPath, 'utf8') });
    }
  }

  const factsPath = join(base, 'facts.yaml');
  const sourcesPath = join(base, 'sources.yaml');
  const glossaryPath = join(base, 'glossary.yaml');
  const teachPath = join(base, 'teach.yaml');
  const metaPath = join(base, 'meta.yaml');
  return {
    input: {
      sections,
      factsFile: rel(factsPath),
      facts: readMap(factsPath),
      sourcesFile: rel(sourcesPath),
      sources: readMap(sourcesPath),
      glossaryFile: rel(glossaryPath),
      glossary: readMap(glossaryPath),
      teachFile: rel(teachPath),
      teach: readMap(teachPath),
      metaFile: rel(metaPath),
      meta: readMap(metaPath),
      charts,
    },
    errors,
  };
}
