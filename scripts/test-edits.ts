// npm run test:edits: an editor's correct changes must keep the whole suite green. In a copy of the project,
// applies to content/ what content/README.md describes, in both languages:
//   - a new section, placed between two others by a fractional order, citing a source;
//   - in that section, three new charts from a CSV and a YAML each, no code: row bars (kind: bars) with a single
//     step, a line by year over two series (kind: lines) and squares with a range (kind: squares), two steps each;
//   - a new step at the end of a chart of an existing section;
// then runs the content check, the unit tests, the build and the browser tests that read the content
// (phone size; the data tables' receipts at the desktop size), axe on both story pages
// among them, on that copy. (Not the base-path build: none of these tests reads it, and the main run builds
// and tests it; content passes through it as through the other.)
// (A section without any source is not a correct edit: the check refuses it, see the bad fixtures.)
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The browser specs that take what they check from the content. */
const CONTENT_SPECS = ['reader', 'layout', 'charts.visual', 'educator', 'embed', 'receipts', 'present', 'sharing', 'facts', 'data'];

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'edited-content-'));
const content = join(dir, 'content');
const read = (path: string) => readFileSync(join(content, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(content, path), text);

try {
  for (const f of ['src', 'content', 'public', 'test', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'playwright.config.ts', 'vitest.config.ts'])
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

  // 1. a new chart of row bars, from content files only
  write('data/edit-bars.csv', 'id,label_en,label_de,amount,tone,source\nbig,A large one,Ein großer,12.5,nvidia,' + firstSource() + '\nsmall,A small one,Ein kleiner,3.25,,' + firstSource() + '\n');
  write(
    'data/edit-bars.yaml',
    [
      'kind: bars',
      'bars: { sort: descending }',
      'title: { en: Two amounts, de: Zwei Beträge }',
      'description: { en: Two amounts in US dollars., de: Zwei Beträge in US-Dollar. }',
      'valueLabel: { en: Amount, de: Betrag }',
      'unit: usd',
      'valueColumn: amount',
      `sources: [${firstSource()}]`,
      '',
    ].join('\n'),
  );

  // ... a line chart: two series by year, named and coloured in the YAML
  const shares = { 2020: [10.2, 20.3], 2021: [12.4, 18.6], 2022: [14.8, 17.3], 2023: [17.1, 16.1] };
  write(
    'data/edit-lines.csv',
    'id,firm,year,share,source\n' + Object.entries(shares).flatMap(([y, [a, b]]) => [`a-${y},a,${y},${a},${firstSource()}`, `b-${y},b,${y},${b},${firstSource()}`]).join('\n') + '\n',
  );
  write(
    'data/edit-lines.yaml',
    [
      'kind: lines',
      'lines: { x: year, series: firm, xName: { en: "FY{x}", de: "GJ {x}" }, zero: true }',
      'title: { en: Two shares by year, de: Zwei Anteile nach Jahr }',
      'description: { en: Two shares in per cent., de: Zwei Anteile in Prozent. }',
      'valueLabel: { en: Share, de: Anteil }',
      'unit: pct',
      'valueColumn: share',
      `sources: [${firstSource()}]`,
      'series: { a: { name: { en: Firm A, de: Firma A }, tone: nvidia }, b: { name: { en: Firm B, de: Firma B }, tone: alt } }',
      '',
    ].join('\n'),
  );
  // ... squares: a speck beside a range
  write('data/edit-squares.csv', `id,label_en,label_de,usd,usd_low,tone,source\nspeck,A speck,Ein Krümel,2500000,,deepseek,${firstSource()}\nplan,A plan,Ein Plan,40000000000,30000000000,,${firstSource()}\n`);
  write(
    'data/edit-squares.yaml',
    [
      'kind: squares',
      'title: { en: A speck and a plan, de: Ein Krümel und ein Plan }',
      'description: { en: Two amounts as areas., de: Zwei Beträge als Flächen. }',
      'valueLabel: { en: Amount, de: Betrag }',
      'unit: usd',
      'valueColumn: usd',
      'lowColumn: usd_low',
      `sources: [${firstSource()}]`,
      '',
    ].join('\n'),
  );

  // 2. a new section between the last two story sections, with those charts and their steps
  const sections = (locale: string) => readdirSync(join(content, 'story', locale)).filter((f) => f.endsWith('.md')).sort();
  const orderOf = (text: string) => Number(/^order: *(.+)$/m.exec(text)![1]);
  const en = sections('en');
  const order = (orderOf(read(`story/en/${en.at(-2)!}`)) + orderOf(read(`story/en/${en.at(-1)!}`))) / 2;
  const section = (title: string, intro: string, steps: [string, string, string, string, string]) =>
    [
      `---\nid: edit-section\norder: ${order}\ntitle: ${title}\nsources: [${firstSource()}]\n---\n\n${intro}\n`,
      `::chart[edit-bars]\n\n:::step{highlight="big" show="big small"}\n${steps[0]}\n:::\n`,
      `::chart[edit-lines]\n\n:::step{highlight="a-2021" until="2021"}\n${steps[1]}\n:::\n\n:::step{highlight="a-2023 b-2023" until=""}\n${steps[2]}\n:::\n`,
      `::chart[edit-squares]\n\n:::step{show="speck"}\n${steps[3]}\n:::\n\n:::step{show="speck plan" highlight="plan"}\n${steps[4]}\n:::\n`,
    ].join('\n');
  write('story/en/09b-edit-section.md', section('An added section', 'A section an editor added.', ['The large one, beside the small one.', 'Firm A to 2021.', 'Both firms to 2023.', 'A speck alone.', 'The speck beside the plan.']));
  write('story/de/09b-edit-section.md', section('Ein neuer Abschnitt', 'Ein Abschnitt, den die Redaktion ergänzt hat.', ['Der große, neben dem kleinen.', 'Firma A bis 2021.', 'Beide Firmen bis 2023.', 'Ein Krümel allein.', 'Der Krümel neben dem Plan.']));
  write('teach.yaml', read('teach.yaml').replace(/^questions:\n/m, 'questions:\n  edit-section:\n    en: [What was added?, Why?]\n    de: [Was kam hinzu?, Warum?]\n'));

  // 3. one more step at the end of the chart of the first section with exactly one chart, in both languages
  const target = en.find((f) => (read(`story/en/${f}`).match(/^::chart\[/gm) ?? []).length === 1)!;
  for (const [locale, text] of [
    ['en', 'One more step, added by an editor.'],
    ['de', 'Ein weiterer Schritt, von der Redaktion ergänzt.'],
  ] as const) {
    const path = `story/${locale}/${target}`;
    const body = read(path);
    const last = [...body.matchAll(/^:::step(\{[^\n]*\})\n[\s\S]*?^:::$/gm)].at(-1)!;
    const end = last.index! + last[0].length;
    write(path, `${body.slice(0, end)}\n\n:::step${last[1]}\n${text}\n:::${body.slice(end)}`);
  }

  console.log(`edited copy in ${dir}: new section "edit-section" (order ${order}), new charts "edit-bars", "edit-lines", "edit-squares", a step added to ${target}`);
  const run = (command: string) => execSync(command, { cwd: dir, stdio: 'inherit', env: { ...process.env, CI: '1' } });
  run('npm run check');
  run('npx vitest run');
  run('npm run build:test');
  // the browser tests that read the content, at the phone size only: what they take from the content is the
  // same at both sizes, and the main run has covered both; of a test written once per language, the German one
  // (both run the same code over their own language's content, the edit adds the same to both, and German's
  // words run longest); and axe on both story pages, new charts and all. Left to the main run, which keeps the
  // suite within its time: the dark scheme, motion, print and the base path, the teaching page (not edited
  // here), hostile input, the security policy and the dev server (and the crawl of the site under a base path,
  // which this copy does not build).
  const english = '(^| )en(:| story)|[(]en[)]|under a base path';
  run(`npx playwright test --project=phone --grep-invert "${english}" ${CONTENT_SPECS.map((s) => `test/e2e/${s}.spec.ts`).join(' ')}`);
  // (at the phone size axe judges both story pages in the light, at a small phone's width, and the German one in
  // the dark)
  run('npx playwright test --project=phone test/e2e/modes.spec.ts -g "violations on /(de/)?( in the dark)?$|visible text on /(de/)? at 320 px"');
  // and what the main run checks at the desktop size only: the data tables' receipts
  run('npx playwright test --project=desktop test/e2e/receipts.spec.ts -g "data table"');
  console.log('the edited content passes the content check, the unit tests, the build and the browser tests');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** A source the content already lists, for the new section and chart. */
function firstSource(): string {
  return /^([a-z0-9-]+):/m.exec(read('sources.yaml'))![1]!;
}
