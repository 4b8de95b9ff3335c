// Content validation: the good fixture and the real content/ pass; each bad fixture (the good one with one
// mistake) fails with an error that names the file and the field or line, as an editor would need.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentError } from '../../src/lib/content/errors';
import { checkContentDir } from '../../src/lib/content/check';

const GOOD = join(import.meta.dirname, '../fixtures/good');
const ROOT = join(import.meta.dirname, '../..');
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function check(root: string): ContentError[] {
  const result = checkContentDir(root);
  return result.ok ? [] : result.errors;
}

/** A copy of the good fixture with one file changed (or removed, when the change returns null). */
function withChange(file: string, change: (text: string) => string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  temp.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  const path = join(dir, 'content', file);
  const next = change(readFileSync(path, 'utf8'));
  if (next === null) rmSync(path);
  else writeFileSync(path, next);
  return dir;
}

describe('good content', () => {
  it('the good fixture has no problems', () => {
    expect(check(GOOD)).toEqual([]);
  });
  it('a section placed between two others by a fractional order, in both languages, has no problems', () => {
    const root = withChange('story/en/02-lost.md', (t) => t.replace('order: 2', 'order: 0.5'));
    const de = join(root, 'content/story/de/02-lost.md');
    writeFileSync(de, readFileSync(de, 'utf8').replace('order: 2', 'order: 0.5'));
    expect(check(root)).toEqual([]);
  });
  it('a data row with a problem that leaves it readable (an unknown source) hides no problem elsewhere', () => {
    const root = withChange(CSV, (t) => t.replace('3.18,,prices', '3.18,,pricez'));
    writeFileSync(join(root, 'content', EN), readFileSync(join(root, 'content', EN), 'utf8').replace(':fact[big-loss]', ':fact[big-los]'));
    expect(check(root).map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(/unknown source "pricez"/), expect.stringMatching(/unknown fact "big-los"/)]));
  });
  it('the real content/ has no problems', () => {
    expect(check(ROOT)).toEqual([]);
  });
});

interface BadCase {
  name: string;
  file: string;
  change: (text: string) => string | null;
  /** Further changes to the copied tree, for mistakes that span files. */
  setup?: (root: string) => void;
  expected: { file: string; field?: string | RegExp; line?: number; message: RegExp };
  /** The expected error is the only one (what follows from it is not reported). */
  only?: boolean;
}

const EN = 'story/en/01-moves.md';
const CSV = 'data/market-moves.csv';
const LOST = 'story/en/02-lost.md';

/** A line chart of one day's close (content/data/price-line.csv and .yaml) with the day as given, its YAML
 *  naming its x column or not. */
const priceLine = (day: string, namesX: boolean) => (root: string) => {
  writeFileSync(join(root, 'content/data/price-line.csv'), `id,day,close,source\na,${day},118.42,wire\n`);
  writeFileSync(
    join(root, 'content/data/price-line.yaml'),
    `kind: lines\n${namesX ? 'lines: { x: day }\n' : ''}title: { en: P, de: P }\ndescription: { en: P, de: P }\nvalueLabel: { en: P, de: P }\nunit: usd\nvalueColumn: close\nsources: [wire]\n`,
  );
};

/** A copy of a chart of the good fixture under another name: its YAML and its CSV. */
const copyChart = (from: string, to: string) => (root: string) => {
  for (const ext of ['csv', 'yaml']) cpSync(join(root, 'content/data', `${from}.${ext}`), join(root, 'content/data', `${to}.${ext}`));
};

const BAD: BadCase[] = [
  {
    name: 'missing title in frontmatter',
    file: EN,
    change: (t) => t.replace('title: Moves\n', ''),
    expected: { file: `content/${EN}`, field: 'title', message: /expected string/i },
  },
  {
    name: 'ill-typed order',
    file: EN,
    change: (t) => t.replace('order: 1', 'order: first'),
    expected: { file: `content/${EN}`, field: 'order', line: 3, message: /write the place in the story as a number, e.g. 3, or 2.5/ },
  },
  {
    name: 'misspelt frontmatter field',
    file: EN,
    change: (t) => t.replace('title: Moves', 'title: Moves\ntitel: Moves'),
    expected: { file: `content/${EN}`, message: /titel/ },
  },
  {
    name: 'unknown chart id',
    file: EN,
    change: (t) => t.replace('::chart[market-moves]', '::chart[market-movez]'),
    expected: { file: `content/${EN}`, field: '::chart[market-movez]', line: 10, message: /unknown chart "market-movez"/ },
  },
  {
    name: 'unknown fact id in prose',
    file: EN,
    change: (t) => t.replace(':fact[big-loss]', ':fact[big-los]'),
    expected: { file: `content/${EN}`, field: ':fact[big-los]', line: 8, message: /unknown fact "big-los"/ },
  },
  {
    name: 'unknown source id in a fact',
    file: 'facts.yaml',
    change: (t) => t.replace('source: wire', 'source: wires'),
    expected: { file: 'content/facts.yaml', field: 'big-loss.source', message: /unknown source "wires"/ },
  },
  {
    name: 'unknown source id in a section',
    file: EN,
    change: (t) => t.replace('sources: [wire]', 'sources: [wire, nobody]'),
    expected: { file: `content/${EN}`, field: 'sources.1', message: /unknown source "nobody"/ },
  },
  {
    name: 'unknown source id in a dataset row',
    file: CSV,
    change: (t) => t.replace('3.18,,prices', '3.18,,pricez'),
    expected: { file: `content/${CSV}`, field: /source/, message: /unknown source "pricez"/ },
  },
  {
    name: 'non-numeric cell where a number belongs',
    file: CSV,
    change: (t) => t.replace('-16.97', 'minus 17'),
    expected: { file: `content/${CSV}`, field: 'change_pct', line: 2, message: /must be a number/ },
  },
  {
    name: 'empty numeric cell',
    file: CSV,
    change: (t) => t.replace('3.18', ''),
    expected: { file: `content/${CSV}`, field: 'change_pct', line: 3, message: /empty/ },
  },
  {
    name: 'row with missing cells',
    file: CSV,
    change: (t) => t.replace(',3.18,,prices', ''),
    expected: { file: `content/${CSV}`, line: 3, message: /6 cells but the header has 9/ },
  },
  {
    name: 'unknown style',
    file: CSV,
    change: (t) => t.replace(',3.18,,prices,', ',3.18,,prices,outlined'),
    expected: { file: `content/${CSV}`, field: 'style', line: 3, message: /must be empty or outline/ },
  },
  {
    name: 'duplicate row id',
    file: CSV,
    change: (t) => t.replace('AAPL,Apple', 'NVDA,Apple'),
    expected: { file: `content/${CSV}`, field: 'id', line: 3, message: /duplicate row id "NVDA"/ },
  },
  {
    name: 'section in one language only',
    file: 'story/de/01-moves.md',
    change: () => null,
    expected: { file: `content/${EN}`, field: 'id', message: /exists in en but not in de/ },
  },
  {
    name: 'duplicate section id',
    file: 'story/en/01-moves.md',
    change: (t) => t,
    setup: (root) =>
      writeFileSync(join(root, 'content/story/en/02-copy.md'), readFileSync(join(GOOD, 'content', EN), 'utf8').replace('order: 1', 'order: 2')),
    expected: { file: 'content/story/en/02-copy.md', field: 'id', message: /duplicate id "moves"/ },
  },
  {
    name: 'duplicate fact id',
    file: 'facts.yaml',
    change: (t) => t + 'big-loss:\n  value: 1\n  unit: usd\n  source: wire\n',
    expected: { file: 'content/facts.yaml', message: /not valid YAML.*unique/i },
  },
  {
    name: 'duplicate source id',
    file: 'sources.yaml',
    change: (t) => t + 'wire:\n  publisher: AP\n  title: Another\n',
    expected: { file: 'content/sources.yaml', message: /not valid YAML.*unique/i },
  },
  {
    name: 'fact read from a row that does not exist',
    file: 'facts.yaml',
    change: (t) => t.replace('market-moves/AAPL', 'market-moves/MSFT'),
    expected: { file: 'content/facts.yaml', field: 'apple-move.from', message: /no row "MSFT"/ },
  },
  {
    name: 'step highlights a row that does not exist',
    file: EN,
    change: (t) => t.replace('highlight="AAPL"', 'highlight="AAPL MSFT"'),
    expected: { file: `content/${EN}`, field: 'step 2: highlight', line: 16, message: /no row "MSFT"/ },
  },
  {
    name: 'unknown step attribute',
    file: EN,
    change: (t) => t.replace('{highlight="AAPL"}', '{hilite="AAPL"}'),
    expected: { file: `content/${EN}`, field: /step 2/, message: /hilite/ },
  },
  {
    name: 'a step removed in one language only',
    file: 'story/de/01-moves.md',
    change: (t) => t.replace(':::step{highlight="AAPL"}\nApple stieg um :fact[apple-move].\n:::\n', ''),
    expected: { file: `content/${EN}`, field: 'step 2 of market-moves', line: 16, message: /no counterpart in content\/story\/de\/01-moves\.md \(de\): add the same :::step\{…\} there after its step 1 \(line 12\), or remove it here/ },
  },
  {
    name: 'a number typed into prose',
    file: EN,
    change: (t) => t.replace('The end.', 'The end, after 17% falls.'),
    expected: { file: `content/${EN}`, line: 20, message: /the number "17" is typed into the prose/ },
  },
  {
    name: 'an unknown block directive',
    file: EN,
    change: (t) => t.replace(':::step{highlight="NVDA"}', ':::stpe{highlight="NVDA"}'),
    expected: { file: `content/${EN}`, line: 12, message: /unknown block ":::stpe"/ },
  },
  {
    name: 'raw HTML in prose',
    file: EN,
    change: (t) => t.replace('The end.', '<b>The end.</b>'),
    expected: { file: `content/${EN}`, line: 20, message: /raw HTML/ },
  },
  {
    name: 'frontmatter missing altogether',
    file: EN,
    change: (t) => t.replace(/^---[\s\S]*?---\n/, ''),
    expected: { file: `content/${EN}`, line: 1, message: /must start with frontmatter/ },
  },
  {
    name: 'ill-typed fact unit',
    file: 'facts.yaml',
    change: (t) => t.replace('unit: usd-bn', 'unit: dollars'),
    expected: { file: 'content/facts.yaml', field: 'big-loss.unit', message: /usd-bn|Invalid option/ },
  },
  {
    name: 'source without a title or an about line',
    file: 'sources.yaml',
    change: (t) => t.replace('  title: A headline\n', ''),
    expected: { file: 'content/sources.yaml', field: 'wire.title', message: /title.*about/ },
  },
  {
    name: 'steps without a chart',
    file: EN,
    change: (t) => t.replace('::chart[market-moves]\n', ''),
    expected: { file: `content/${EN}`, line: 11, message: /a step must follow a ::chart\[chart-id\] line/ },
  },
  {
    name: 'a chart without steps',
    file: EN,
    change: (t) => t.replace(/:::step\{highlight="NVDA"\}[\s\S]*?\n:::\n\n:::step\{highlight="AAPL"\}[\s\S]*?\n:::\n/, ''),
    expected: { file: `content/${EN}`, line: 10, message: /::chart\[market-moves\] needs :::step/ },
  },
  {
    name: 'a chart drawn twice',
    file: EN,
    change: (t) => t + '\n::chart[market-moves]\n\n:::step{highlight="NVDA"}\nAgain.\n:::\n',
    expected: { file: `content/${EN}`, line: 22, message: /already drawn/ },
  },
  {
    name: 'a rise that the data says was a fall',
    file: EN,
    change: (t) => t.replace('Apple rose :fact[apple-move].', 'Apple rose :fact[nvidia-move]{rise}.'),
    expected: { file: `content/${EN}`, field: ':fact[nvidia-move]', line: 17, message: /says this rose/ },
  },
  {
    name: 'languages citing different figures',
    file: 'story/de/01-moves.md',
    change: (t) => t.replace(':fact[apple-move]', ':fact[big-loss]'),
    expected: { file: 'content/story/de/01-moves.md', field: 'facts', message: /both languages must state the same figures/ },
  },
  {
    name: 'a CSV row after a blank line keeps its line number',
    file: CSV,
    change: (t) => t.replace('AAPL,Apple', '\nAAPL,Apple').replace('3.18', 'x'),
    expected: { file: `content/${CSV}`, field: 'change_pct', line: 4, message: /must be a number/ },
  },
  {
    name: 'an unknown glossary term',
    file: EN,
    change: (t) => t.replace('{#market-cap}', '{#market-kap}'),
    expected: { file: `content/${EN}`, line: 8, message: /unknown term "market-kap"/ },
  },
  {
    name: 'a term without its id',
    file: EN,
    change: (t) => t.replace('{#market-cap}', ''),
    expected: { file: `content/${EN}`, line: 8, message: /a term needs its glossary id/ },
  },
  {
    name: 'a glossary entry in one language only',
    file: 'glossary.yaml',
    change: (t) => t.replace(/\n  de: .*\n/, '\n'),
    expected: { file: 'content/glossary.yaml', field: 'market-cap.de', message: /expected object|Invalid input/ },
  },
  {
    name: 'languages explaining different terms',
    file: 'story/de/01-moves.md',
    change: (t) => t.replace(':term[Börsenwert]{#market-cap}', 'Börsenwert'),
    expected: { file: 'content/story/de/01-moves.md', field: 'terms', message: /explains the terms \[\] but en explains \[market-cap\]/ },
  },
  {
    name: 'teaching questions for a section that does not exist',
    file: 'teach.yaml',
    change: (t) => t.replace('  moves:', '  move:'),
    expected: { file: 'content/teach.yaml', field: 'questions.move', message: /no story section "move"/ },
  },
  {
    name: 'a section without teaching questions',
    file: 'teach.yaml',
    change: (t) => t.replace('  moves:', '  move:'),
    expected: { file: 'content/teach.yaml', field: 'questions.moves', message: /add two or three questions/ },
  },
  {
    name: 'too many teaching questions',
    file: 'teach.yaml',
    change: (t) => t.replace('en: [Why?, How?]', 'en: [Why?, How?, When?, Where?]'),
    expected: { file: 'content/teach.yaml', field: 'questions.moves.en', message: /two or three questions/ },
  },
  {
    name: 'a number typed into a teaching question',
    file: 'teach.yaml',
    change: (t) => t.replace('en: [Why?, How?]', 'en: [Why 17%?, How?]'),
    expected: { file: 'content/teach.yaml', field: 'questions.moves.en.0', message: /the number "17"/ },
  },
  {
    name: 'a correction without an id',
    file: EN,
    change: (t) => t + '\n:::correction\nWrong.\n:::\n',
    expected: { file: `content/${EN}`, line: 22, message: /a correction needs an id/ },
  },
  {
    name: 'a calculated fact that does not match its formula',
    file: 'facts.yaml',
    change: (t) => t.replace('close: { value: 118.42', 'close: { value: 120.42'),
    expected: { file: 'content/facts.yaml', field: 'nvidia-move.calc', message: /the formula gives −15\.5658, which is −15\.57 at the precision written, but the fact is −16\.97/ },
  },
  {
    name: 'a formula naming an unknown fact',
    file: 'facts.yaml',
    change: (t) => t.replace('(close - close-before)', '(close - close-after)'),
    expected: { file: 'content/facts.yaml', field: 'nvidia-move.calc', message: /unknown fact "close-after"/ },
  },
  {
    name: 'a typed figure that repeats a chart value from the same source',
    file: 'facts.yaml',
    change: (t) => t + 'copy: { value: 3.18, unit: pct-change, source: prices }\n',
    expected: { file: 'content/facts.yaml', field: 'copy', message: /repeats content\/data\/market-moves\.csv line 3 \(row "AAPL"\); write "from: market-moves\/AAPL"/ },
  },
  {
    name: 'a chart value that rounds only by guessing',
    file: CSV,
    change: (t) => t.replace(',winners,AAPL,3.18', ',winners,AAPL,3.15'),
    expected: { file: `content/${CSV}`, line: 3, field: 'change_pct', message: /3\.15 cannot be rounded to 1 decimal without guessing/ },
  },
  {
    name: 'a typed figure that rounds only by guessing',
    file: 'facts.yaml',
    change: (t) => t.replace('value: 592.7', 'value: 592.75'),
    expected: { file: 'content/facts.yaml', field: 'big-loss', message: /592\.75 cannot be rounded/ },
  },
  {
    name: 'a fact reading a column the dataset lacks',
    file: 'facts.yaml',
    change: (t) => t.replace('apple-move: { from: market-moves/AAPL }', 'apple-move: { from: market-moves/AAPL/low_pct }'),
    expected: { file: 'content/facts.yaml', field: 'apple-move.from', message: /has no number in column "low_pct"/ },
  },
  {
    name: 'straight double quotes in English prose',
    file: EN,
    change: (t) => t.replace('The end.', 'The "end".'),
    expected: { file: `content/${EN}`, line: 20, message: /straight quote mark \("\).*“…”/ },
  },
  {
    name: 'English quote marks in German prose',
    file: 'story/de/01-moves.md',
    change: (t) => t.replace('Das Ende.', 'Das “Ende”.'),
    expected: { file: 'content/story/de/01-moves.md', line: 20, message: /quote mark ” is not German; write „…“/ },
  },
  {
    name: 'a straight quote opening a quotation in a title',
    file: EN,
    change: (t) => t.replace('title: Moves', `title: "'Moves'"`),
    expected: { file: `content/${EN}`, field: 'title', message: /straight quote mark \('\) opens a quotation/ },
  },
  {
    name: 'straight quotes in a source',
    file: 'sources.yaml',
    change: (t) => t.replace('about: Daily closing prices', `about: 'Daily "closing" prices'`),
    expected: { file: 'content/sources.yaml', field: 'prices.about', message: /straight quote mark/ },
  },
  {
    name: 'straight quotes in a chart title',
    file: 'data/market-moves.yaml',
    change: (t) => t.replace('de: Bewegungen }', 'de: "\\"Bewegungen\\"" }'),
    expected: { file: 'content/data/market-moves.yaml', field: 'title.de', message: /straight quote mark.*„…“/ },
  },
  {
    name: 'straight quotes in a chart source line',
    file: 'data/market-moves.yaml',
    change: (t) => t.replace('en: closing prices; a wire', `en: '"closing" prices; a wire'`),
    expected: { file: 'content/data/market-moves.yaml', field: 'credit.en', message: /straight quote mark/ },
  },
  {
    name: 'a chart source line in one language only',
    file: 'data/market-moves.yaml',
    change: (t) => t.replace(', de: Schlusskurse; eine Agentur }', ' }'),
    expected: { file: 'content/data/market-moves.yaml', field: 'credit.de', message: /expected string|Invalid input/i },
  },
  {
    name: 'an unknown tone in a tone column',
    file: CSV,
    change: (t) => t.replace('-16.97,nvidia,', '-16.97,nvida,'),
    expected: { file: `content/${CSV}`, line: 2, field: 'tone', message: /must be empty or one of: nvidia, deepseek/ },
  },
  {
    name: 'a dataset that says neither its kind nor has a chart of its own',
    file: 'data/value-lost.yaml',
    change: (t) => t,
    setup: copyChart('value-lost', 'lost-again'),
    expected: { file: 'content/data/lost-again.yaml', field: 'kind', message: /say how to draw "lost-again": add "kind: bars" \(row bars\), "kind: lines" or "kind: squares"/ },
  },
  {
    name: "a section whose heading would take the id of the colophon's methodology heading",
    file: EN,
    change: (t) => t.replace('id: moves', 'id: methodology'),
    expected: { file: `content/${EN}`, field: 'id', line: 2, message: /choose another id: with "methodology" the section's heading would carry the id "methodology-title", which a part of the page already has/ },
  },
  {
    name: "a section that would take the id of the page's main part",
    file: EN,
    change: (t) => t.replace('id: moves', 'id: main'),
    expected: { file: `content/${EN}`, field: 'id', line: 2, message: /choose another id: with "main" the section would carry the id "main"/ },
  },
  {
    name: 'a chart whose files are named in capitals and underscores',
    file: 'data/value-lost.yaml',
    change: (t) => t,
    setup: copyChart('market-moves', 'Big_Moves'),
    expected: { file: 'content/data/Big_Moves.yaml', message: /a chart's name is written in lower-case letters, digits and single hyphens .*rename the chart's two files, e.g. to "big-moves.yaml" and "big-moves.csv"/ },
    only: true,
  },
  {
    name: "a chart whose CSV would take the facts registry's address",
    file: 'data/value-lost.yaml',
    change: (t) => t,
    // (a chart of row bars that passes every other check: its CSV would only have been shadowed, silently)
    setup: copyChart('market-moves', 'facts'),
    expected: { file: 'content/data/facts.yaml', message: /data\/facts\.csv, the address of the facts registry's CSV: rename the chart's two files, e.g. to "facts-chart.yaml"/ },
    only: true,
  },
  {
    name: "a chart named as a part of the pages (the embed index's section would share the main part's id)",
    file: 'data/value-lost.yaml',
    change: (t) => t,
    setup: copyChart('market-moves', 'main'),
    expected: { file: 'content/data/main.yaml', message: /"main" is the id of a part of the pages .*rename the chart's two files, e.g. to "main-chart.yaml"/ },
    only: true,
  },
  {
    name: 'a bars chart whose value column holds a word',
    file: 'data/value-lost.yaml',
    change: (t) => t,
    setup: (root) => {
      writeFileSync(join(root, 'content/data/prices-bars.csv'), 'id,label_en,label_de,price,source\na,A,A,cheap,wire\n');
      writeFileSync(join(root, 'content/data/prices-bars.yaml'), 'kind: bars\ntitle: { en: P, de: P }\ndescription: { en: P, de: P }\nvalueLabel: { en: P, de: P }\nunit: usd\nvalueColumn: price\nsources: [wire]\n');
    },
    expected: { file: 'content/data/prices-bars.csv', line: 2, field: 'price', message: /must be a number/ },
  },
  {
    name: 'a preview image that names an unknown chart',
    file: 'meta.yaml',
    change: (t) => t.replace('share: { chart: market-moves,', 'share: { chart: market-move,'),
    expected: { file: 'content/meta.yaml', field: 'share.chart', message: /unknown chart "market-move"/ },
  },
  {
    name: 'a preview image that names an unknown fact',
    file: 'meta.yaml',
    change: (t) => t.replace('detail: big-loss,', 'detail: big-los,'),
    expected: { file: 'content/meta.yaml', field: 'share.detail', message: /unknown fact "big-los"/ },
  },
  {
    name: 'a lines chart that does not name its x column',
    file: 'data/value-lost.yaml',
    change: (t) => t,
    setup: priceLine('2025-01-27', false),
    expected: { file: 'content/data/price-line.yaml', field: 'lines', message: /names its x column: lines: \{ x: date \}/ },
  },
  {
    name: 'a lines chart with a day written the wrong way',
    file: 'data/value-lost.yaml',
    change: (t) => t,
    setup: priceLine('27.01.2025', true),
    expected: { file: 'content/data/price-line.csv', line: 2, field: 'day', message: /write a day as YYYY-MM-DD or a year as YYYY/ },
  },
  {
    name: 'a line chart with a day that is not in the calendar',
    file: 'data/value-lost.yaml',
    change: (t) => t,
    setup: priceLine('2025-13-27', true),
    expected: { file: 'content/data/price-line.csv', line: 2, field: 'day', message: /write a day as YYYY-MM-DD or a year as YYYY/ },
  },
  {
    name: 'a squares chart whose low end is a word',
    file: 'data/value-lost.yaml',
    change: (t) => t,
    setup: (root) => {
      writeFileSync(join(root, 'content/data/plans.csv'), 'id,label_en,label_de,usd,usd_low,source\na,A,A,80000000000,about 60bn,wire\n');
      writeFileSync(join(root, 'content/data/plans.yaml'), 'kind: squares\ntitle: { en: P, de: P }\ndescription: { en: P, de: P }\nvalueLabel: { en: P, de: P }\nunit: usd\nvalueColumn: usd\nlowColumn: usd_low\nsources: [wire]\n');
    },
    expected: { file: 'content/data/plans.csv', line: 2, field: 'usd_low', message: /must be a number or empty/ },
  },
  {
    name: 'a chart YAML that cannot be read is reported alone, not with every fact and step that uses the chart',
    file: 'data/market-moves.yaml',
    change: (t) => t + 'colour: purple\n',
    expected: { file: 'content/data/market-moves.yaml', message: /Unrecognized key: "colour"/ },
    only: true,
  },
  {
    name: 'a row kept named at every step that does not exist',
    file: 'data/market-moves.yaml',
    change: (t) => t.replace('alwaysNamed: [NVDA]', 'alwaysNamed: [NVDAA]'),
    expected: { file: 'content/data/market-moves.yaml', field: 'bars.alwaysNamed', message: /no row "NVDAA"/ },
  },
  {
    name: 'a note points at a row that does not exist',
    file: 'data/market-moves.yaml',
    change: (t) => t + 'notes:\n  - at: NVDA\n    to: AAPLL\n    steps: 2-\n    text: { en: a note, de: eine Notiz }\n',
    expected: { file: 'content/data/market-moves.yaml', field: 'notes.0', message: /no row "AAPLL"; its rows are in content\/data\/market-moves\.csv/ },
  },
  {
    name: 'a step shows a row that does not exist',
    file: LOST,
    change: (t) => t.replace('show="NVDA AVGO"', 'show="NVDA AVGOO"'),
    expected: { file: `content/${LOST}`, field: 'step 2: show', line: 16, message: /no row "AVGOO"/ },
  },
  {
    name: 'a step highlights a row it does not show',
    file: LOST,
    change: (t) => t.replace('show="NVDA AVGO" highlight="AVGO"', 'show="NVDA" highlight="AVGO"'),
    expected: { file: `content/${LOST}`, field: 'step 2: highlight', line: 16, message: /"AVGO" is highlighted but not shown/ },
  },
  {
    name: 'a figure typed into a section title',
    file: EN,
    change: (t) => t.replace('title: Moves', 'title: Moves of 17%'),
    expected: { file: `content/${EN}`, field: 'title', line: 4, message: /number "17" is typed into the title/ },
  },
  {
    name: "a section's short name too long for the header on a phone",
    file: EN,
    change: (t) => t.replace('title: Moves', 'title: Moves\nshort: The moves of the day'),
    expected: { file: `content/${EN}`, field: 'short', line: 5, message: /keep it to 15 characters/ },
  },
  {
    name: "a figure typed into a section's short name",
    file: EN,
    change: (t) => t.replace('title: Moves', 'title: Moves\nshort: Down 17%'),
    expected: { file: `content/${EN}`, field: 'short', line: 5, message: /number "17" is typed into the short name/ },
  },
  {
    name: 'a block never closed at the end of a file',
    file: EN,
    change: (t) => t.replace(/:::\n\nThe end\.\n$/, 'Apple rose more.\n'),
    expected: { file: `content/${EN}`, line: 16, message: /":::step" opened here is never closed/ },
  },
  {
    name: 'a step added in one language only',
    file: EN,
    change: (t) => t.replace(':::step{highlight="AAPL"}', ':::step{highlight="IXIC"}\nThe index fell too.\n:::\n\n:::step{highlight="AAPL"}'),
    expected: { file: `content/${EN}`, field: 'step 2 of market-moves', line: 16, message: /no counterpart in content\/story\/de\/01-moves\.md \(de\): add the same :::step\{…\} there after its step 1 \(line 12\)/ },
  },
  {
    name: 'a section that cites no source',
    file: LOST,
    change: (t) => t.replace('sources: [wire]\n', ''),
    setup: (root) => writeFileSync(join(root, 'content', 'story/de/02-lost.md'), readFileSync(join(root, 'content', 'story/de/02-lost.md'), 'utf8').replace('sources: [wire]\n', '').replace('::chart[value-lost]', '').replace(/:::step[\s\S]*/, '')),
    expected: { file: 'content/story/de/02-lost.md', field: 'sources', line: 1, message: /cites no source/ },
  },
  {
    name: 'an indentation slip in facts.yaml is reported alone',
    file: 'facts.yaml',
    change: (t) => t.replace('big-loss:\n  value: 592.7', 'big-loss:\n  value: 592.7\n unit: usd-bn'),
    expected: { file: 'content/facts.yaml', line: 3, message: /not valid YAML/ },
    only: true,
  },
  {
    name: 'a broken frontmatter is reported alone, with its line',
    file: EN,
    change: (t) => t.replace('title: Moves', 'title: [Moves'),
    expected: { file: `content/${EN}`, message: /frontmatter is not valid YAML/ },
    only: true,
  },
];

describe('bad content', () => {
  it.each(BAD)('$name', ({ file, change, setup, expected, only }) => {
    const root = withChange(file, change);
    setup?.(root);
    const errors = check(root);
    const match = errors.find(
      (e) =>
        e.file === expected.file &&
        expected.message.test(e.message) &&
        (expected.line === undefined || e.line === expected.line) &&
        (expected.field === undefined ||
          (typeof expected.field === 'string' ? e.field === expected.field : expected.field.test(e.field ?? ''))),
    );
    expect(match, `expected ${JSON.stringify(expected)} among:\n${JSON.stringify(errors, null, 1)}`).toBeDefined();
    if (only) expect(errors).toHaveLength(1);
  });
});
