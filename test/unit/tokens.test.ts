// The colour tokens of src/styles/tokens.css, read from the file itself (src/lib/tokens.ts) in both schemes (the light :root
// and the prefers-color-scheme: dark block): every text colour has 4.5:1 contrast on every background,
// every data mark 3:1 on the paper, a value set inside a bar 4.5:1 on the bar (WCAG 2.x relative luminance), the data colours stay apart from each
// other, and the interface accent shares no hue with the data colours "fall" and Cisco ("alt").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { colourTokens } from '../../src/lib/tokens';
import { contrast, linearRgb, luminance } from '../contrast';

const { light, dark } = colourTokens(readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8'));
const SCHEMES = { light, dark };

/** Each colour token's role, by name; a token that matches none fails the test until it is given one. */
const ROLES: [RegExp, 'background' | 'text' | 'mark' | 'line' | 'text on a mark'][] = [
  [/^--(paper|surface)$/, 'background'],
  [/^--(ink|ink-soft|ink-muted|accent|link)$/, 'text'],
  [/^--(rule|disabled|c-grid)$/, 'line'],
  [/^--on-muted$/, 'text on a mark'],
  [/^--c-[\w-]+$/, 'mark'],
];
const roleOf = (name: string) => ROLES.find(([re]) => re.test(name))?.[1];
const tokensOf = (scheme: Record<string, string>, role: string) => Object.keys(scheme).filter((k) => roleOf(k) === role);

// CIELAB (D65) and the CIEDE2000 colour difference.
function lab(hex: string): [number, number, number] {
  const [r, g, b] = linearRgb(hex);
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
export const deltaE2000 = (x: string, y: string) => deltaE2000Lab(lab(x), lab(y));
export function deltaE2000Lab([L1, a1, b1]: readonly [number, number, number], [L2, a2, b2]: readonly [number, number, number]): number {
  const rad = Math.PI / 180;
  const Cbar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cbar ** 7 / (Cbar ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + G) * a1, (1 + G) * a2];
  const [C1, C2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [h1, h2] = [hue(a1p, b1), hue(a2p, b2)];
  let dh = C1 * C2 === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dL = L2 - L1;
  const dC = C2 - C1;
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh * rad) / 2);
  const Lb = (L1 + L2) / 2;
  const Cb = (C1 + C2) / 2;
  let hb = h1 + h2;
  if (C1 * C2 !== 0) hb = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const T = 1 - 0.17 * Math.cos((hb - 30) * rad) + 0.24 * Math.cos(2 * hb * rad) + 0.32 * Math.cos((3 * hb + 6) * rad) - 0.2 * Math.cos((4 * hb - 63) * rad);
  const SL = 1 + (0.015 * (Lb - 50) ** 2) / Math.sqrt(20 + (Lb - 50) ** 2);
  const SC = 1 + 0.045 * Cb;
  const SH = 1 + 0.015 * Cb * T;
  const RT = -Math.sin(2 * 30 * Math.exp(-(((hb - 275) / 25) ** 2)) * rad) * 2 * Math.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7));
  return Math.sqrt((dL / SL) ** 2 + (dC / SC) ** 2 + (dH / SH) ** 2 + RT * (dC / SC) * (dH / SH));
}

describe('the colour functions', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.48],
    ['#b4321f', '#ffffff', 6.15],
  ])('contrast(%s, %s) = %s', (a, b, ratio) => expect(contrast(a, b)).toBeCloseTo(ratio, 2));
  // test pairs 1, 7, 17 and 25 of Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula"
  test.each<[[number, number, number], [number, number, number], number]>([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ])('deltaE2000(%j, %j) = %s', (a, b, d) => expect(deltaE2000Lab(a, b)).toBeCloseTo(d, 3));
  test('sRGB to Lab: white is L 100, black L 0', () => {
    expect(deltaE2000('#ffffff', '#ffffff')).toBe(0);
    expect(deltaE2000('#000000', '#ffffff')).toBeCloseTo(100, 0);
  });
});

describe('tokens.css', () => {
  test('has a light :root and a prefers-color-scheme: dark block that sets every colour token', () => {
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  test.each(Object.keys(light))('%s has a colour role', (name) => expect(roleOf(name)).toBeDefined());
});

for (const [scheme, tokens] of Object.entries(SCHEMES)) {
  describe(`${scheme} scheme`, () => {
    const backgrounds = tokensOf(tokens, 'background');
    const textPairs = tokensOf(tokens, 'text').flatMap((t) => backgrounds.map((b) => [t, b] as const));
    test.each(textPairs)('text %s on %s has at least 4.5:1', (t, b) => expect(contrast(tokens[t]!, tokens[b]!)).toBeGreaterThanOrEqual(4.5));

    test.each(tokensOf(tokens, 'mark'))('mark %s on --paper has at least 3:1', (m) => expect(contrast(tokens[m]!, tokens['--paper']!)).toBeGreaterThanOrEqual(3));

    // a value inside its bar: --paper on a bar in its own tone, --on-muted on a bar out of focus
    const muted = ['--c-muted', '--c-nvidia-muted'];
    test.each(tokensOf(tokens, 'mark').filter((m) => !muted.includes(m)))('a value inside a %s bar (--paper) has at least 4.5:1', (m) =>
      expect(contrast(tokens['--paper']!, tokens[m]!)).toBeGreaterThanOrEqual(4.5),
    );
    test.each(muted)('a value inside a %s bar (--on-muted) has at least 4.5:1', (m) => expect(contrast(tokens['--on-muted']!, tokens[m]!)).toBeGreaterThanOrEqual(4.5));

    const marks = tokensOf(tokens, 'mark');
    const markPairs = marks.flatMap((a, i) => marks.slice(i + 1).map((b) => [a, b] as const));
    test.each(markPairs)('data colours %s and %s differ (ΔE2000 ≥ 10)', (a, b) => expect(deltaE2000(tokens[a]!, tokens[b]!)).toBeGreaterThanOrEqual(10));

    test.each(['--c-fall', '--c-alt'])('the accent is far from %s (ΔE2000 ≥ 20)', (data) => expect(deltaE2000(tokens['--accent']!, tokens[data]!)).toBeGreaterThanOrEqual(20));

    test('links are not "rise" blue (ΔE2000 ≥ 10)', () => expect(deltaE2000(tokens['--link']!, tokens['--c-rise']!)).toBeGreaterThanOrEqual(10));

    test('the paper is light in the light scheme and dark in the dark one', () =>
      scheme === 'dark' ? expect(luminance(tokens['--paper']!)).toBeLessThan(0.05) : expect(luminance(tokens['--paper']!)).toBeGreaterThan(0.8));
  });
}
