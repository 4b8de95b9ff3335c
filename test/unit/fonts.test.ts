// The font files' cut (scripts/fonts.mjs RANGES) and the unicode-range of every web face in fonts.css agree:
// a character the CSS sends to a web face is in its file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RANGES } from '../../scripts/fonts.mjs';

const css = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).filter((body) => body.includes('assets/fonts/'));
const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const expected = RANGES.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`));

describe('web font faces', () => {
  it('there are three (serif upright and italic, sans upright)', () => expect(faces).toHaveLength(3));
  it.each(faces.map((body) => [body.match(/url\('([^']+)'\)/)![1]!, body]))('%s covers exactly the ranges cut into its file', (_, body) => {
    const range = body.match(/unicode-range:([^;]+);/)![1]!;
    expect(range.split(',').map((s) => s.trim())).toEqual(expected);
  });
});
