// Where the reader is, for the header and the language switch.
import { describe, expect, it } from 'vitest';
import { currentSection, readingProgress, sameplaceHref } from '../../src/lib/scroll/current-section';

describe('currentSection', () => {
  it.each([
    { tops: [300, 900], line: 200, expected: -1 },
    { tops: [-100, 900], line: 200, expected: 0 },
    { tops: [-900, 200], line: 200, expected: 1 },
  ])('tops $tops, line $line -> $expected', ({ tops, line, expected }) => {
    expect(currentSection(tops, line)).toBe(expected);
  });
});

describe('readingProgress', () => {
  it.each([
    [0, 5000, 800, 0],
    [2100, 5000, 800, 0.5],
    [9000, 5000, 800, 1],
    [0, 500, 800, 1],
  ])('scrollY %i of %i (viewport %i) -> %s', (y, height, vh, expected) => {
    expect(readingProgress(y, height, vh)).toBe(expected);
  });
});

describe('sameplaceHref', () => {
  it.each([
    ['/de/', 'price-war-step-2', '/de/#price-war-step-2'],
    ['/story/de/#old', 'reactions', '/story/de/#reactions'],
    ['/', undefined, '/'],
  ] as const)('%s + %s', (path, place, expected) => {
    expect(sameplaceHref(path, place)).toBe(expected);
  });
});
