// Formulas of calculated facts: ids with hyphens, numbers, + - * / and brackets, and the errors an editor sees.
import { describe, expect, it } from 'vitest';
import { evaluate, tokenize } from '../../src/lib/content/calc';

const VALUES: Record<string, number> = { 'close-before': 142.62, close: 118.42, shares: 24.49e9, a: 2, b: 3 };
const lookup = (id: string) => VALUES[id];

describe('evaluate', () => {
  it.each([
    ['(close-before - close) * shares', (142.62 - 118.42) * 24.49e9],
    ['(close - close-before) / close-before * 100', ((118.42 - 142.62) / 142.62) * 100],
    ['a + b * 2', 8],
    ['(a + b) * 2', 10],
    ['-a + b', 1],
    ['a / b / 2', 2 / 3 / 2],
    ['100', 100],
  ])('%s', (formula, expected) => {
    expect(evaluate(formula, lookup)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['a - unknown', /unknown fact "unknown"/],
    ['(a + b', /bracket is not closed/],
    ['a +', /ends too early/],
    ['a b', /left over/],
    ['a % b', /cannot read "% b"/],
  ])('explains %s', (formula, message) => {
    expect(evaluate(formula, lookup)).toMatch(message);
  });

  it('reads a hyphen without spaces as part of an id', () => {
    expect(tokenize('close-before - close')).toEqual([
      { kind: 'id', id: 'close-before' },
      { kind: 'op', op: '-' },
      { kind: 'id', id: 'close' },
    ]);
    expect(evaluate('close-before-close', lookup)).toMatch(/unknown fact "close-before-close"/);
  });
});
