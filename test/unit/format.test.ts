// Locale formatting of figures: one row per unit and language, with the edge cases that matter in prose.
import { describe, expect, it } from 'vitest';
import { decimalsOf, formatDate, formatMonth, formatRange, formatValue, type FormatOptions, type Locale, type Unit } from '../../src/lib/format';

const NB = '\u00a0';
const CASES: [number, Unit, Locale, FormatOptions, string][] = [
  [592.7, 'usd-bn', 'en', {}, '$592.7bn'],
  [592.7, 'usd-bn', 'de', {}, `592,7${NB}Mrd.${NB}US-Dollar`],
  [1, 'usd-tn', 'en', {}, '$1tn'],
  [1, 'usd-tn', 'de', {}, `eine${NB}Billion${NB}US-Dollar`],
  [1.2, 'usd-tn', 'de', {}, `1,2${NB}Billionen${NB}US-Dollar`],
  [5.576, 'usd-m', 'en', {}, '$5.576m'],
  [5.576, 'usd-m', 'de', {}, `5,576${NB}Mio.${NB}US-Dollar`],
  [142.62, 'usd', 'en', {}, '$142.62'],
  [142.62, 'usd', 'de', {}, `142,62${NB}US-Dollar`],
  [-70.6, 'usd-bn', 'en', {}, '\u2212$70.6bn'],
  [-16.97, 'pct-change', 'en', {}, '\u221216.97%'],
  [-16.97, 'pct-change', 'de', {}, `\u221216,97${NB}%`],
  [-16.97, 'pct-change', 'en', { abs: true }, '16.97%'],
  [3.18, 'pct-change', 'en', {}, '+3.18%'],
  [0, 'pct-change', 'en', {}, '0%'],
  [-17.4, 'pct-change', 'en', { decimals: 2 }, '\u221217.40%'],
  [-30, 'pct-change', 'de', { decimals: 0 }, `\u221230${NB}%`],
  [55.7, 'pct', 'en', {}, '55.7%'],
  [55.7, 'pct', 'de', {}, `55,7${NB}%`],
  [27, 'multiple', 'en', {}, `27${NB}times`],
  [27, 'multiple', 'de', {}, '27-mal'],
  [2788000, 'count', 'en', {}, '2,788,000'],
  [2788000, 'count', 'de', {}, '2.788.000'],
  [24.49, 'count-bn', 'en', {}, '24.49bn'],
  [24.49, 'count-bn', 'de', {}, `24,49${NB}Mrd.`],
  [2.788, 'count-m', 'de', {}, `2,788${NB}Mio.`],
  [592.7, 'usd-bn', 'en', { compact: true }, '$592.7bn'],
  [592.7, 'usd-bn', 'de', { compact: true }, `592,7${NB}Mrd.${NB}$`],
  [1, 'usd-tn', 'de', { compact: true }, `1${NB}Bio.${NB}$`],
  [0.55, 'usd', 'de', { compact: true }, `0,55${NB}$`],
];

describe('formatValue', () => {
  it.each(CASES)('%s %s %s %o -> %s', (value, unit, locale, options, expected) => {
    expect(formatValue(value, unit, locale, options)).toBe(expected);
  });
});

describe('formatRange', () => {
  it.each([
    [60, 65, 'en', {}, '$60\u201365bn'],
    [60, 65, 'de', { compact: true }, `60\u201365${NB}Mrd.${NB}$`],
    [60, 65, 'de', {}, `60 bis 65${NB}Mrd.${NB}US-Dollar`],
  ] as const)('%s to %s in %s %o', (low, high, locale, options, expected) => {
    expect(formatRange(low, high, 'usd-bn', locale, options)).toBe(expected);
  });
});

describe('decimalsOf', () => {
  it.each([
    ['-17.40', 2],
    ['-7', 0],
    [592.7, 1],
    ['0.014', 3],
    [' 3.18 ', 2],
  ] as const)('%s has %i decimals', (written, n) => {
    expect(decimalsOf(written)).toBe(n);
  });
});

describe('formatDate', () => {
  // no-break spaces (written here as spaces): a line never breaks inside a date
  it.each([
    ['2025-01-27', 'en', '27 January 2025'],
    ['2025-01-27', 'de', '27. Januar 2025'],
    ['2024-12-31', 'en', '31 December 2024'],
  ] as const)('%s in %s', (day, locale, expected) => {
    expect(formatDate(day, locale)).toBe(expected.replace(/ /g, '\u00a0'));
  });
});

describe('formatMonth', () => {
  it.each([
    ['2025-01-27', 'en', 'year', 'Jan\u00a02025'],
    ['2025-03-03', 'de', 'none', 'März'],
    ['2024-09-03', 'de', 'year', 'Sept.\u00a02024'],
    ['2025-01-27', 'de', 'day', '27.\u00a0Jan.'],
    ['2025-01-27', 'en', 'day', '27\u00a0Jan'],
  ] as const)('%s %s %s', (day, locale, with_, expected) => {
    expect(formatMonth(day, locale, with_)).toBe(expected);
  });
});
