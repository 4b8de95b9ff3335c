// The newsroom number style, rule by rule: the unit a figure reads in, the digits prose shows, one precision
// per chart with approximate values marked, and rounding that would need digits the data does not have.
import { describe, expect, it } from 'vitest';
import {
  chartDecimals,
  chartLabeler,
  formatExact,
  formatProse,
  proseDecimals,
  roundsAmbiguously,
  scaleFigure,
  type Figure,
} from '../../src/lib/display';
import type { Locale, Unit } from '../../src/lib/format';

const NB = '\u00a0';
const fig = (value: number, unit: Unit, decimals: number): Figure => ({ value, unit, decimals });

describe('scaleFigure: the unit that reads best, keeping every digit', () => {
  it.each([
    [fig(5576000, 'usd', 0), fig(5.576, 'usd-m', 3)],
    [fig(80e9, 'usd', 0), fig(80, 'usd-bn', 0)],
    [fig(1000, 'usd-bn', 0), fig(1, 'usd-tn', 0)],
    [fig(1000.5, 'usd-bn', 1), fig(1.0005, 'usd-tn', 4)],
    [fig(294000, 'usd', 0), fig(294000, 'usd', 0)],
    [fig(118.42, 'usd', 2), fig(118.42, 'usd', 2)],
    [fig(2788000, 'count', 0), fig(2.788, 'count-m', 3)],
    [fig(2048, 'count', 0), fig(2048, 'count', 0)],
    [fig(-16.97, 'pct-change', 2), fig(-16.97, 'pct-change', 2)],
  ])('%o -> %o', (input, expected) => {
    expect(scaleFigure(input)).toEqual(expected);
  });
});

describe('prose: at most one decimal, prices keep their cents', () => {
  const CASES: [Figure, Locale, string][] = [
    [fig(-16.97, 'pct-change', 2), 'en', '\u221217.0%'],
    [fig(-16.97, 'pct-change', 2), 'de', `\u221217,0${NB}%`],
    [fig(-7, 'pct-change', 0), 'en', '\u22127%'],
    [fig(592.7, 'usd-bn', 1), 'en', '$592.7bn'],
    [fig(1000, 'usd-bn', 0), 'en', '$1tn'],
    [fig(1000, 'usd-bn', 0), 'de', `eine${NB}Billion${NB}US-Dollar`],
    [fig(5576000, 'usd', 0), 'en', '$5.6m'],
    [fig(5576000, 'usd', 0), 'de', `5,6${NB}Mio.${NB}US-Dollar`],
    [fig(80e9, 'usd', 0), 'en', '$80bn'],
    [fig(118.42, 'usd', 2), 'en', '$118.42'],
    [fig(294000, 'usd', 0), 'en', '$294,000'],
    [fig(2.09, 'multiple', 2), 'en', `2.1${NB}times`],
    [fig(2.09, 'multiple', 2), 'de', '2,1-mal'],
    [fig(24.49, 'count-bn', 2), 'en', '24.5bn'],
    [fig(24.49, 'count-bn', 2), 'de', `24,5${NB}Mrd.`],
    [fig(2048, 'count', 0), 'de', '2.048'],
  ];
  it.each(CASES)('%o in %s -> %s', (f, locale, expected) => {
    expect(formatProse(f, locale)).toBe(expected);
  });
  it('prints every digit when a citation asks for it', () => {
    expect(formatProse(fig(5576000, 'usd', 0), 'en', { exact: true })).toBe('$5.576m');
    expect(formatProse(fig(2.788, 'count-m', 3), 'en', { exact: true })).toBe('2.788m');
  });
  it('follows a fact that asks for fewer digits', () => {
    expect(formatProse(fig(8.93, 'pct-change', 2), 'en', { override: 0 })).toBe('+9%');
    expect(proseDecimals(fig(8.93, 'pct-change', 2), 0)).toBe(0);
  });
  it('prints magnitudes and bare numbers', () => {
    expect(formatProse(fig(-16.97, 'pct-change', 2), 'en', { abs: true })).toBe('17.0%');
    expect(formatProse(fig(20, 'multiple', 0), 'de', { bare: true })).toBe('20');
  });
});

describe('charts: one precision, approximate values marked', () => {
  it('uses the most digits any value shows, at most one', () => {
    expect(chartDecimals([fig(-16.97, 'pct-change', 2), fig(-7, 'pct-change', 0)])).toBe(1);
    expect(chartDecimals([fig(279, 'usd-bn', 0), fig(232, 'usd-bn', 0)])).toBe(0);
    expect(chartDecimals([fig(15, 'usd', 2), fig(0.55, 'usd', 2)])).toBe(2);
  });
  it.each([
    [[fig(-16.97, 'pct-change', 2), fig(-7, 'pct-change', 0), fig(-28.3, 'pct-change', 1)], 'en', ['\u221217.0%', '\u2248\u22127%', '\u221228.3%']],
    [[fig(592.7, 'usd-bn', 1), fig(279, 'usd-bn', 0)], 'de', [`592,7${NB}Mrd.${NB}$`, `\u2248279${NB}Mrd.${NB}$`]],
    [[fig(279, 'usd-bn', 0), fig(232, 'usd-bn', 0)], 'en', ['$279bn', '$232bn']],
    [[fig(5576000, 'usd', 0), fig(80e9, 'usd', 0)], 'en', ['$5.6m', '\u2248$80bn']],
  ] as const)('labels %o in %s', (figures, locale, expected) => {
    const label = chartLabeler(figures, locale);
    expect(figures.map((f) => label(f))).toEqual(expected);
  });
  it('labels a range in one unit', () => {
    const label = chartLabeler([fig(65e9, 'usd', 0)], 'en');
    expect(label(fig(65e9, 'usd', 0), { low: 60e9 })).toBe('$60\u201365bn');
  });
});

describe('tables keep every digit, in the unit that reads best', () => {
  it.each([
    [fig(80e9, 'usd', 0), 'en', '$80bn'],
    [fig(80e9, 'usd', 0), 'de', `80${NB}Mrd.${NB}US-Dollar`],
    [fig(5576000, 'usd', 0), 'en', '$5.576m'],
    [fig(1000, 'usd-bn', 0), 'en', '$1tn'],
    [fig(-9.148, 'pct-change', 3), 'en', '\u22129.148%'],
  ] as const)('%o in %s -> %s', (f, locale, expected) => {
    expect(formatExact(f, locale)).toBe(expected);
  });
});

describe('roundsAmbiguously: a dropped 5 could have been rounded either way', () => {
  it.each([
    [fig(-9.15, 'pct-change', 2), 1, true],
    [fig(55.85, 'pct', 2), 1, true],
    [fig(55.848, 'pct', 3), 1, false],
    [fig(9.15, 'pct-change', 3), 1, true], // 9.150 could still be 9.1496 or 9.1504
    [fig(9.151, 'pct-change', 3), 1, false],
    [fig(0.65, 'pct-change', 2), 1, true],
    [fig(-16.97, 'pct-change', 2), 1, false],
    [fig(2.5, 'multiple', 1), 0, true],
    [fig(592.7, 'usd-bn', 1), 1, false],
    [fig(5576000, 'usd', 0), 1, false],
  ] as const)('%o to %i decimals: %s', (f, decimals, expected) => {
    expect(roundsAmbiguously(f, decimals)).toBe(expected);
  });
});
