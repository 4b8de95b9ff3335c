// The font files' cut (scripts/fonts.mjs) and the unicode-range of every web face in fonts.css agree. Each
// face has a preloaded file (CORE), an -extra file (EXTRA) and an -ext file (LATIN_EXT_A, from its package's
// latin-ext file); Inter also a -symbols file (SYMBOLS, from Inter's own release). CORE, EXTRA and SYMBOLS
// cover RANGES once. Every character of RANGES that a face's package files have is in a cut file whose range
// claims it: read from the files themselves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { CORE, EXTRA, FILES, RANGES, SYMBOLS, codePoints, cutsOf, toRanges } from '../../scripts/fonts.mjs';

const css = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).filter((body) => body.includes('assets/fonts/'));
const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const asCss = (ranges: [number, number][]) => ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`));

describe('web font faces', () => {
  it('there are ten: serif upright and italic, sans upright, each in a core, an extra and an ext file, and the sans symbols', () => {
    expect(faces).toHaveLength(10);
    expect(faces.filter((body) => body.includes('-extra.woff2'))).toHaveLength(3);
    expect(faces.filter((body) => body.includes('-ext.woff2'))).toHaveLength(3);
    expect(faces.filter((body) => body.includes('-symbols.woff2'))).toHaveLength(1);
  });
  // the ranges cut into a face's file, by its name
  const cuts = new Map(FILES.flatMap(cutsOf).map((c) => [c.file, c.ranges]));
  const cut = (url: string) => cuts.get(url.split('/').pop()!)!;
  it.each(faces.map((body) => [body.match(/url\('([^']+)'\)/)![1]!, body]))('%s covers exactly the ranges cut into its file', (url, body) => {
    const range = body.match(/unicode-range:([^;]+);/)![1]!;
    expect(range.split(',').map((s) => s.trim())).toEqual(asCss(cut(url)));
  });
  // General Punctuation is claimed whole and the soft hyphen needs no glyph of its own: the browser draws their
  // spaces and marks without one, and takes the rest a face lacks (‰, †) from the next face
  const checked = codePoints(RANGES).filter((p) => p !== 0xad && (p < 0x2000 || p > 0x206f));
  const read = (path: string) => create(readFileSync(path)) as Font;
  const resolve = createRequire(import.meta.url).resolve;
  it.each(FILES.map((face) => [face[2], face]))('%s: every character its package has reaches a file that claims it', (_target, face) => {
    const packageFiles = [...new Set(cutsOf(face).map((c) => c.from))].map((file) => read(resolve(file)));
    const files = cutsOf(face).map(({ file, ranges }) => ({
      font: read(new URL(`../../src/assets/fonts/${file}`, import.meta.url).pathname),
      claims: new Set(codePoints(ranges)),
    }));
    const lost = checked.filter((p) => packageFiles.some((f) => f.hasGlyphForCodePoint(p)) && !files.some((c) => c.claims.has(p) && c.font.hasGlyphForCodePoint(p)));
    expect(lost.map((p) => `U+${hex(p)}`)).toEqual([]);
  });
  // Chromium gives each face of a family that is not loaded a stand-in font from the system for every size
  // and weight it lays out (fonts.css): the family each stack starts with holds only the preloaded files
  // (and the italic's), and the -extra, -ext and -symbols files are in the families after it
  const familyOf = (body: string) => body.match(/font-family:\s*'([^']+)'/)![1]!;
  const filesOf = (family: string) => faces.filter((body) => familyOf(body) === family).map((body) => body.match(/url\('([^']+)'\)/)![1]!.split('/').pop()!);
  const stacks = ['--font', '--font-serif'].map((name) => css.match(new RegExp(`${name}:\\s*([^;]+);`))![1]!.split(',').map((f) => f.trim().replace(/'/g, '')));
  const rest = /-(extra|ext|symbols)\.woff2$/;
  it.each(stacks.map((stack) => [stack[0], stack]))('%s, first in its stack, has only core files; their rest is in the families after it', (first, stack) => {
    const core = filesOf(first!);
    expect(core.length).toBeGreaterThan(0);
    expect(core.filter((file) => rest.test(file))).toEqual([]);
    const later = stack.slice(1).flatMap(filesOf);
    expect(later.filter((file) => !rest.test(file))).toEqual([]);
    expect([...new Set(later.map((file) => file.replace(rest, '.woff2')))].sort()).toEqual(core.sort());
    for (const file of core) expect(later).toEqual(expect.arrayContaining(['-extra', '-ext'].map((cut) => file.replace('.woff2', `${cut}.woff2`))));
  });
  // the charts' script loads the symbols as a page starts (components/charts/hydrate.ts): a family of that one
  // face, looked at before any family whose faces are not loaded
  it('each symbols file is a family of its own, before the families of the -extra and -ext files', () => {
    for (const stack of stacks) {
      const families = stack.filter((family) => filesOf(family).some((file) => file.endsWith('-symbols.woff2')));
      for (const family of families) {
        expect(filesOf(family), family).toHaveLength(1);
        const firstExtra = stack.findIndex((f) => filesOf(f).some((file) => /-(extra|ext)\.woff2$/.test(file)));
        expect(stack.indexOf(family)).toBeLessThan(firstExtra);
      }
    }
    expect(stacks.flat().filter((family) => filesOf(family).some((file) => file.endsWith('-symbols.woff2')))).toHaveLength(1);
  });
  it('core, extra and symbols split RANGES: no character in two, none left out', () => {
    const parts = [CORE, EXTRA, SYMBOLS].map(codePoints);
    const all = parts.flat();
    expect(all.filter((p, i) => all.indexOf(p) !== i)).toEqual([]);
    expect(toRanges(all)).toEqual(toRanges(codePoints(RANGES)));
  });
});

describe('toRanges', () => {
  it.each([
    [[], []],
    [[5], [[5, 5]]],
    [[3, 1, 2, 7], [[1, 3], [7, 7]]],
    [[0x41, 0x43], [[0x41, 0x41], [0x43, 0x43]]],
  ] as [number[], [number, number][]][])('%j -> %j', (points, ranges) => expect(toRanges(points)).toEqual(ranges));
});
