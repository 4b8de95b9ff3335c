// The font files' cut (scripts/fonts.mjs) and the unicode-range of every web face in fonts.css agree: a
// character the CSS sends to a web face is in its file. Each face has a preloaded file (CORE) and an -extra
// file (EXTRA), which together cover RANGES once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE, EXTRA, RANGES, codePoints, toRanges } from '../../scripts/fonts.mjs';

const css = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).filter((body) => body.includes('assets/fonts/'));
const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const asCss = (ranges: [number, number][]) => ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`));

describe('web font faces', () => {
  it('there are six: serif upright and italic, sans upright, each in a core and an extra file', () => {
    expect(faces).toHaveLength(6);
    expect(faces.filter((body) => body.includes('-extra.woff2'))).toHaveLength(3);
  });
  it.each(faces.map((body) => [body.match(/url\('([^']+)'\)/)![1]!, body]))('%s covers exactly the ranges cut into its file', (url, body) => {
    const range = body.match(/unicode-range:([^;]+);/)![1]!;
    expect(range.split(',').map((s) => s.trim())).toEqual(asCss(url.endsWith('-extra.woff2') ? EXTRA : CORE));
  });
  it('core and extra split RANGES: no character in both, none left out', () => {
    const core = codePoints(CORE);
    const extra = codePoints(EXTRA);
    expect(core.filter((p) => extra.includes(p))).toEqual([]);
    expect(toRanges([...core, ...extra])).toEqual(toRanges(codePoints(RANGES)));
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
