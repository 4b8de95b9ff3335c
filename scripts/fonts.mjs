// npm run fonts: cuts the site's font files (src/assets/fonts/) from the npm font packages, keeping only the
// characters, weights and OpenType features the site sets, and the share cards' four (src/assets/fonts/cards/,
// static TrueType, which resvg reads at build time; src/lib/share/png.ts): Inter regular and bold, from
// Inter's own release, which has every character of RANGES (≈ and the arrows too), and, for any other, DejaVu
// Sans regular and bold from the system (Debian's fonts-dejavu-core), as the browser falls back to a system
// face. Each web face is cut in three: the CORE characters, which English and German text sets (preloaded);
// the rest of RANGES (-extra), and Latin Extended-A from the package's latin-ext file (-ext), which a browser
// fetches only for a page that sets one of their characters (by unicode-range); Inter has a fourth, its
// SYMBOLS from Inter's own release (the inter-ui package), as no fontsource file has them. The cut files are
// committed; run this after upgrading a font package or when text needs a character outside RANGES (also
// list it in src/styles/fonts.css). Characters outside RANGES still show, in the fallback face of the same
// family.
// (knip.json names the font packages as used: they are read here by file path, which it cannot see.)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/** Code point ranges kept, as in the unicode-range of src/styles/fonts.css: Basic Latin, Latin-1, Latin
 * Extended-A (names such as Łukasz or Čapek), general punctuation (dashes, quotes, thin spaces), euro, trade
 * mark, arrows, minus, division slash, almost-equal.
 * @type {[number, number][]} */
export const RANGES = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0x2248, 0x2248],
];

/** The part of RANGES cut into the preloaded files: Basic Latin, no-break space, §, ©, «, soft hyphen, °, ·,
 * », the German letters, × and ÷, general punctuation, the euro, ↑ ↓, the minus and the division slash. The
 * rest of Latin-1 (accented letters, fractions, superscripts) and Latin Extended-A go to the -extra files: 4 KB less per face for Latin-1's
 * symbols alone (their fractions and superscripts), 16 KB less for the two preloaded faces in all.
 * @type {[number, number][]} */
export const CORE = [
  [0x20, 0x7e],
  [0xa0, 0xa0],
  [0xa7, 0xa7],
  [0xa9, 0xa9],
  [0xab, 0xab],
  [0xad, 0xad],
  [0xb0, 0xb0],
  [0xb7, 0xb7],
  [0xbb, 0xbb],
  [0xc4, 0xc4],
  [0xd6, 0xd7],
  [0xdc, 0xdc],
  [0xdf, 0xdf],
  [0xe4, 0xe4],
  [0xf6, 0xf7],
  [0xfc, 0xfc],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
];

/** ← → ≈: characters the site sets (the buttons of embeds and slides, approximate values in charts) that no
 * fontsource file has. Inter's own release has them; they are cut from it into a file of a family of its own
 * ('Inter Variable Symbols', src/styles/fonts.css), which the charts' script loads once a page has loaded.
 * Source Serif's faces do not claim them: the site sets them only in Inter.
 * @type {[number, number][]} */
export const SYMBOLS = [
  [0x2190, 0x2190],
  [0x2192, 0x2192],
  [0x2248, 0x2248],
];

/** The code points of a list of ranges. @param {[number, number][]} ranges */
export const codePoints = (ranges) => ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** Code points as ranges, each run of consecutive ones as one. @param {number[]} points @returns {[number, number][]} */
export const toRanges = (points) =>
  [...points].sort((a, b) => a - b).reduce((/** @type {[number, number][]} */ out, p) => {
    const last = out.at(-1);
    if (last && last[1] === p - 1) last[1] = p;
    else out.push([p, p]);
    return out;
  }, []);

/** Latin Extended-A. The packages keep it in their latin-ext files (their latin files hold only ı, Œ, œ and a
 * few more), so it is cut from there into a third file per face (-ext), which a browser fetches only for a
 * page that sets one of its characters. The -extra file, cut from the latin file, claims the range too, for
 * those few.
 * @type {[number, number][]} */
export const LATIN_EXT_A = [[0x100, 0x17f]];

/** RANGES without CORE and SYMBOLS: what the -extra files hold. */
const elsewhere = new Set(codePoints([...CORE, ...SYMBOLS]));
export const EXTRA = toRanges(codePoints(RANGES).filter((p) => !elsewhere.has(p)));

/** OpenType features the site uses: kerning, ligatures and contextual forms, marks, tabular, proportional,
 * lining and old-style figures, case-sensitive forms. Inter's stylistic sets and character variants go. */
const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum', 'pnum', 'lnum', 'onum', 'case', 'rvrn'];

/** Per face: its package's latin file and latin-ext file in node_modules, the file written (and its -extra and
 *  -ext twins), the weight range kept (the weights the CSS sets), and where a face has one, the file its
 *  SYMBOLS are cut from.
 *  @type {[string, string, string, { min: number, max: number } | undefined, string?][]} */
export const FILES = [
  [
    '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
    '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
    'inter.woff2',
    { min: 400, max: 800 },
    'inter-ui/variable/InterVariable.woff2',
  ],
  [
    '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    '@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-normal.woff2',
    'source-serif-4.woff2',
    { min: 400, max: 700 },
  ],
  ['@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2', '@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-italic.woff2', 'source-serif-4-italic.woff2', undefined],
];

/** A face's cut files: the package file each is cut from, the file written, the ranges it keeps (and the face
 *  in fonts.css claims), and for the symbols the optical size kept (Inter's release has an axis for it, which
 *  the fontsource files hold at its default). @param {(typeof FILES)[number]} face */
export const cutsOf = ([source, extSource, target, , symbols]) => [
  { from: source, file: target, ranges: CORE },
  { from: source, file: target.replace('.woff2', '-extra.woff2'), ranges: EXTRA },
  { from: extSource, file: target.replace('.woff2', '-ext.woff2'), ranges: LATIN_EXT_A },
  ...(symbols ? [{ from: symbols, file: target.replace('.woff2', '-symbols.woff2'), ranges: SYMBOLS, opsz: 14 }] : []),
];

/** The share cards' faces, TrueType (resvg reads neither woff2 nor a weight axis): Inter at one weight each,
 *  from Inter's own release (family 'Inter Variable', at the optical size of the web faces), and the
 *  fallbacks, read from the system; with what else the cut keeps of each. */
const CARD_FILES = [
  ...[400, 700].map((wght) => [FILES[0][4], `cards/inter-${wght}.ttf`, { keepFeatures: FEATURES, variationAxes: { wght, opsz: 14 } }]),
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'cards/fallback-400.ttf', {}],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 'cards/fallback-700.ttf', {}],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const require = createRequire(import.meta.url);
  const text = (/** @type {[number, number][]} */ ranges) => String.fromCodePoint(...codePoints(ranges));
  mkdirSync('src/assets/fonts/cards', { recursive: true });
  for (const face of FILES) {
    const wght = face[3];
    const cuts = cutsOf(face);
    // each package file read once, for the cuts made from it
    const inputs = new Map(cuts.map(({ from }) => [from, readFileSync(require.resolve(from))]));
    for (const { from, file, ranges, opsz } of cuts) {
      const input = inputs.get(from);
      // the axes held or narrowed: the face's weights, and for its symbols the optical size
      const variationAxes = { ...(wght && { wght }), ...(opsz && { opsz }) };
      const output = await subsetFont(input, text(ranges), {
        targetFormat: 'woff2',
        keepFeatures: FEATURES,
        ...(Object.keys(variationAxes).length > 0 && { variationAxes }),
      });
      writeFileSync(`src/assets/fonts/${file}`, output);
      console.log(`${file}: ${input.length} B -> ${output.length} B`);
    }
  }
  for (const [source, target, options] of CARD_FILES) {
    // a package's file by its name, the system's by its path (require.resolve returns a path as it is)
    const output = await subsetFont(readFileSync(require.resolve(source)), text(RANGES), { targetFormat: 'truetype', ...options });
    writeFileSync(`src/assets/fonts/${target}`, output);
    console.log(`${target}: ${output.length} B`);
  }
}
