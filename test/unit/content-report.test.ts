// The editors' report: unused facts and sources, and citations in one language only.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/check';
import { readContentDir } from '../../src/lib/content/read-dir';
import { formatContentReport, type ContentReport } from '../../src/lib/content/report';

const GOOD = join(import.meta.dirname, '../fixtures/good');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The report on a content folder (which must pass the check). */
function contentReport(root: string): ContentReport {
  const result = checkContentDir(root);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  dirs.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  return dir;
}

describe('the editors\' report', () => {
  it('finds nothing to tidy in the good fixture', () => {
    const r = contentReport(GOOD);
    expect(r).toEqual({ unusedFacts: [], unusedSources: [], oneLanguage: [] });
    expect(formatContentReport(r)).toMatch(/every fact and source is used/);
  });

  it('lists an unused fact, an unused source and a source cited in one language', () => {
    const dir = copy();
    const file = (p: string) => join(dir, 'content', p);
    writeFileSync(file('facts.yaml'), readFileSync(file('facts.yaml'), 'utf8') + 'spare:\n  value: 1\n  unit: usd\n  source: wire\n');
    writeFileSync(file('sources.yaml'), readFileSync(file('sources.yaml'), 'utf8') + 'lonely:\n  publisher: Nobody\n  about: Nothing\nonly-en:\n  publisher: Somebody\n  about: Something\n');
    writeFileSync(file('story/en/01-moves.md'), readFileSync(file('story/en/01-moves.md'), 'utf8').replace('sources: [wire]', 'sources: [wire, only-en]'));
    const r = contentReport(dir);
    expect(r.unusedFacts).toEqual(['spare']);
    expect(r.unusedSources).toEqual(['lonely']);
    expect(r.oneLanguage).toEqual([{ kind: 'source', id: 'only-en', only: 'en' }]);
    expect(formatContentReport(r)).toContain('The source "only-en" is cited only in en');
  });
});

describe('buildContent', () => {
  it('builds both languages and the report in one pass, and throws on a problem', async () => {
    const { buildContent, ContentCheckError } = await import('../../src/lib/content/story');
    const { stories, report } = buildContent(readContentDir(GOOD).input);
    expect([stories.en.locale, stories.de.locale]).toEqual(['en', 'de']);
    expect(stories.de.sections[0]!.title).toBe('Bewegungen');
    expect(report.unusedFacts).toEqual([]);
    const dir = copy();
    writeFileSync(join(dir, 'content/facts.yaml'), 'broken: { value: x }\n');
    expect(() => buildContent(readContentDir(dir).input)).toThrow(ContentCheckError);
  });
});
