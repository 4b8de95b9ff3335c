// The editors' report: unused facts and sources, citations in one language only, and source lines too long
// for a phone.
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
    expect(r).toEqual({ unusedFacts: [], unusedSources: [], oneLanguage: [], longSourceLines: [] });
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

describe('source lines', () => {
  const publisher = (n: number) => `Publisher ${String(n).padStart(2, '0')}`; // 12 characters
  /** The good fixture with the chart market-moves citing `count` sources, and its credit line as given. */
  function withSources(count: number, credit: string | undefined) {
    const dir = copy();
    const file = (p: string) => join(dir, 'content', p);
    const ids = Array.from({ length: count }, (_, i) => `extra-${i}`);
    writeFileSync(file('sources.yaml'), readFileSync(file('sources.yaml'), 'utf8') + ids.map((id, i) => `${id}:\n  publisher: ${publisher(i)}\n  about: Data\n`).join(''));
    const yaml = readFileSync(file('data/market-moves.yaml'), 'utf8').replace(/^credit:.*\n/m, '').replace('sources: [prices, wire]', `sources: [${ids.join(', ')}]`);
    writeFileSync(file('data/market-moves.yaml'), yaml + (credit ? `credit: { en: ${credit}, de: ${credit} }\n` : ''));
    return contentReport(dir);
  }
  // n publishers joined by "; " make 12n + 2(n - 1) characters
  it.each([
    ['8 publishers (110 characters) fit', 8, undefined, []],
    ['9 publishers (124 characters) are too long, in both languages', 9, undefined, [124, 124]],
    ['a short credit line keeps 9 publishers off the report', 9, 'nine wires', []],
    ['a credit of 115 characters fits', 1, 'x'.repeat(115), []],
    ['a credit of 116 characters is too long', 1, 'x'.repeat(116), [116, 116]],
  ])('%s', (_, count, credit, lengths) => {
    const r = withSources(count as number, credit as string | undefined);
    expect(r.longSourceLines).toEqual((lengths as number[]).map((chars, i) => ({ chart: 'market-moves', locale: i ? 'de' : 'en', chars })));
    const [chars] = lengths as number[];
    if (chars) expect(formatContentReport(r)).toContain(`the chart "market-moves" has ${chars} characters in en, and about 115 fit two lines of a phone's caption: give it a shorter "credit"`);
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
