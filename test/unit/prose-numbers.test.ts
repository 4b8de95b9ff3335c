// The rule that keeps figures out of prose: which numbers are flagged, which are dates, years or names.
import { describe, expect, it } from 'vitest';
import { typedNumbers } from '../../src/lib/content/prose-numbers';

describe('typedNumbers', () => {
  it.each([
    ['On Monday, 27 January 2025, shares fell.', []],
    ['Am Montag, dem 27. Januar 2025, fielen die Kurse.', []],
    ['released on January 20 and R1 on 20 January', []],
    ['its worst day since March 2020', []],
    ['the S&P 500 fell', []],
    ['DeepSeek-R1, V3, H800 chips and GPT-4o', []],
    ['Nvidia fell 17% that day', ['17']],
    ['a loss of $589 billion', ['$589']],
    ['ein Minus von 16,97 Prozent', ['16,97']],
    ['about 27 times cheaper', ['27']],
    ['on 40 January', ['40']],
    ['2.788 million GPU hours', ['2.788']],
    ['a $593bn loss, 1tn in all, 10x cheaper, $5.6m', ['$593bn', '1tn', '10x', '$5.6m']],
    ['on the 27th January and January 27th', []],
    ['in the 1990s', ['1990s']],
  ] as const)('%s', (text, expected) => {
    expect(typedNumbers(text)).toEqual(expected);
  });
});
