// The active step is derived from geometry alone: the last step whose top has passed the trigger line.
import { describe, expect, it } from 'vitest';
import { activeStep, heldOffset, parseTrigger } from '../../src/lib/scroll/active-step';

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

describe('heldOffset: where a step being read goes back to after a new layout', () => {
  it.each([
    { name: 'where it was', offset: -120, height: 800, expected: -120 },
    { name: 'exactly at the line: just above it, so that it stays active', offset: 0, height: 800, expected: -1 },
    { name: 'deep into a step that is now shorter: half its height', offset: -700, height: 400, expected: -200 },
    { name: 'a step of one pixel', offset: -50, height: 1, expected: -1 },
  ])('$name', ({ offset, height, expected }) => {
    expect(heldOffset(offset, height)).toBe(expected);
  });
});
