// Text shows in the site's own faces, also where it needs a character outside the preloaded files: each
// face's rest of Latin-1 and its Latin Extended-A, and Inter's symbols, are families of their own, later in
// every stack (src/styles/fonts.css), so a reader sees the same face, not a system face, in "Café", "Łódź"
// or a chart's "≈$80bn". The symbols' face is loaded once the page has, before a chart sets one.
import { expect, oneSizePerLanguage, test } from './fixtures';

/** Letters from each face's three files: the preloaded core, the rest of Latin-1, Latin Extended-A; and for
 *  Inter the symbols the site sets (approximate values in charts, the arrows of embeds and slides). */
const TEXT = 'Café Señora Łódź Dvořák';
const SANS = `${TEXT} ≈$80bn ← →`;

for (const { locale, path } of [
  { locale: 'en', path: '/' },
  { locale: 'de', path: '/de/' },
] as const) {
  test(`${locale}: accented and Latin Extended-A letters show in the site's faces`, async ({ page, context, isMobile }) => {
    oneSizePerLanguage(locale, isMobile);
    await page.goto(path);
    // one line per stack and style, each with letters from the core, the -extra and the -ext files (styled
    // through the CSSOM, which the page's security policy allows, unlike a style attribute)
    const lines = await page.evaluate(
      ({ text, sans }) => {
        const lines: [string, Partial<CSSStyleDeclaration>, string][] = [
          ['serif', { fontFamily: 'var(--font-serif)' }, text],
          ['serif-italic', { fontFamily: 'var(--font-serif)', fontStyle: 'italic' }, text],
          ['sans', { fontFamily: 'var(--font)' }, sans],
          ['sans-bold', { fontFamily: 'var(--font)', fontWeight: '700' }, sans],
        ];
        for (const [id, style, line] of lines) {
          const p = document.createElement('p');
          p.id = `font-probe-${id}`;
          Object.assign(p.style, style);
          p.textContent = line;
          document.querySelector('main')!.prepend(p);
        }
        return lines.map(([id, , line]) => ({ id: `font-probe-${id}`, line }));
      },
      { text: TEXT, sans: SANS },
    );
    await page.evaluate(() => document.fonts.ready);
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    await cdp.send('CSS.enable');
    for (const { id, line } of lines) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${id}` });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      // every glyph of the line from Inter or Source Serif 4, none from a system face
      expect(fonts.map((f) => f.familyName).filter((name) => !/^(Inter|Source Serif 4)\b/.test(name)), id).toEqual([]);
      expect(fonts.reduce((n, f) => n + f.glyphCount, 0), id).toBe(line.length);
    }
  });
}

// a chart's first "≈" finds its face loaded (components/charts/hydrate.ts), rather than being laid out with a
// system stand-in and again when the face arrives, in the middle of a scroll
test('the face of the charts\' "≈" is loaded once the story has, with no chart in view', async ({ page }) => {
  await page.goto('/');
  const status = () => page.evaluate(() => [...document.fonts].filter((face) => /\b2248\b/i.test(face.unicodeRange)).map((face) => face.status));
  expect((await status()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await status()).every((s) => s === 'loaded')).toBe(true);
  expect(await page.evaluate(() => [...document.querySelectorAll('svg.chart text')].some((t) => t.textContent!.includes('≈') && t.getBoundingClientRect().bottom > 0 && t.getBoundingClientRect().top < innerHeight))).toBe(false);
});
