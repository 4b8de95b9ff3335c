// The active step is derived from geometry alone: the last step whose top has passed the trigger line.
import { describe, expect, it } from 'vitest';
import { activeStep, parseTrigger } from '../../src/lib/scroll/active-step';

describe('activeStep', () => {
  it.each([
    { name: 'above the first step', tops: [600, 1200, 1800], trigger: 400, expected: 1 },
    { name: 'second step exactly at the line', tops: [-200, 400, 1000], trigger: 400, expected: 2 },
    { name: 'second step one pixel below the line', tops: [-200, 401, 1000], trigger: 400, expected: 1 },
    { name: 'second step just past the line', tops: [-200, 399, 1000], trigger: 400, expected: 2 },
    { name: 'deep link to the last step', tops: [-2400, -1800, -1200, 300], trigger: 400, expected: 4 },
    { name: 'scrolled past the whole section', tops: [-3000, -2000, -1000], trigger: 400, expected: 3 },
    { name: 'one step only', tops: [900], trigger: 400, expected: 1 },
  ])('$name', ({ tops, trigger, expected }) => {
    expect(activeStep(tops, trigger)).toBe(expected);
  });
});

describe('parseTrigger', () => {
  it.each([
    [' 0.75', 0.75],
    ['0.5', 0.5],
    ['', 0.5],
    ['abc', 0.5],
    ['1.5', 0.5],
  ] as const)('%j -> %s', (css, expected) => {
    expect(parseTrigger(css)).toBe(expected);
  });
});
