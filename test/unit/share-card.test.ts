// A chart's share card: its component styles as resvg reads them (tokens written in, tones written out, motion
// left out, unreadable selectors reported), every chart component readable that way, and the card's text
// kept to its column whatever the title's and the sources' length. From fixtures of its own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/charts/text';
import { CHART_BOX, chartCardSvg } from '../../src/lib/share/chart-card';
import { CARD_FONT, svgToPng } from '../../src/lib/share/png';
import { componentScope, resvgCss, svelteStyles, toneTokens } from '../../src/lib/share/resvg-css';
import { colourTokens } from '../../src/lib/tokens';

const colour = { '--ink': '#111111', '--paper': '#ffffff', '--c-fall': '#ff0000', '--c-rise': '#0000ff', '--accent': '#00ff00', '--ink-soft': '#222222' };
const tones = { fall: '--c-fall', rise: '--c-rise' };

describe('resvgCss', () => {
  it.each([
    ['a colour token written in', '.a { fill: var(--ink); }', '.chart .a{fill:#111111}'],
    ['a tone written out per tone class', '.bar { fill: var(--tone); }', '.chart .tone-fall.bar{fill:#ff0000}\n.chart .tone-rise.bar{fill:#0000ff}'],
    ['a tone on a type selector', 'circle { stroke: var(--tone); }', '.chart circle.tone-fall{stroke:#ff0000}\n.chart circle.tone-rise{stroke:#0000ff}'],
    ['the tone on the first compound', '.point circle { stroke: var(--tone) }', '.chart .tone-fall.point circle{stroke:#ff0000}\n.chart .tone-rise.point circle{stroke:#0000ff}'],
    ['motion and custom properties left out', '.a { transition: x 1s; animation: a 1s; --i: 2; opacity: 0; }', '.chart .a{opacity:0}'],
    ['an unknown token leaves its declaration out', '.a { fill: var(--nope); stroke: red }', '.chart .a{stroke:red}'],
    ['at-rules left out', '@keyframes k { from { opacity: 0 } } @media (x) { .a { fill: red } } .b { fill: red }', '.chart .b{fill:red}'],
    ['the scope itself kept', '.chart { font-size: 14px }', '.chart{font-size:14px}'],
    ['a selector list', '.a, .b .c { fill: red }', '.chart .a,.chart .b .c{fill:red}'],
    ['a rule of motion only left out, whatever its selector', '.a:not(.b) :global(*) { transition: none !important } .c { fill: red }', '.chart .c{fill:red}'],
    ['a token beside the tone', '.a { stroke: var(--tone); fill: var(--paper) }', '.chart .a{fill:#ffffff}\n.chart .tone-fall.a{stroke:#ff0000}\n.chart .tone-rise.a{stroke:#0000ff}'],
  ])('%s', (_name, css, expected) => {
    expect(resvgCss([{ css, scope: '.chart' }], colour, tones)).toEqual({ css: expected, unreadable: [] });
  });

  it('reports the selectors resvg cannot read', () => {
    expect(resvgCss([{ css: '.a:not(.b) { fill: red } .c::before { fill: red } .d:first-child { fill: red }', scope: '.chart' }], colour, tones)).toEqual({
      css: '.chart .d:first-child{fill:red}',
      unreadable: ['.a:not(.b)', '.c::before'],
    });
  });

  it('keeps each source inside its own scope', () => {
    const { css } = resvgCss([{ css: '.value { fill: red }', scope: '.chart.rows' }, { css: 'text { fill: blue }', scope: '.chart.squares' }], colour, tones);
    expect(css).toBe('.chart.rows .value{fill:red}\n.chart.squares text{fill:blue}');
  });

  it.each([
    ['a chart kind: inside charts of its kind', '<ChartSvg {step} kind="row-bars" bind:size>', '.chart.row-bars'],
    ['a shared part: inside any chart', '<svg class="chart {kind}">', '.chart'],
  ])('componentScope: %s', (_name, source, scope) => {
    expect(componentScope(source)).toBe(scope);
  });

  it('reads every chart component, and the axes, with every colour they use known', () => {
    const dir = join(import.meta.dirname, '../../src/components/charts');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
    const sources = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    const styles = sources.map(svelteStyles);
    const axes = readFileSync(join(import.meta.dirname, '../../src/styles/axes.css'), 'utf8');
    const tokens = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
    const { dark } = colourTokens(tokens);
    // every kind of chart has its own scope
    expect(new Set(sources.map(componentScope)).size).toBeGreaterThan(2);
    const result = resvgCss([...sources.map((s) => ({ css: svelteStyles(s), scope: componentScope(s) })), { css: axes, scope: '.chart' }], dark, toneTokens(tokens));
    expect(result.unreadable).toEqual([]);
    expect(Object.keys(toneTokens(tokens)).length).toBeGreaterThan(0);
    // every colour a chart names is a token of the dark scheme
    const named = new Set([...[...styles, axes].join('\n').matchAll(/var\((--c-[\w-]+|--ink[\w-]*|--paper|--rule)\)/g)].map((m) => m[1]!));
    for (const token of named) expect(dark[token], token).toBeDefined();
  });
});

describe('chartCardSvg', () => {
  const chartSvg = '<svg class="chart" viewBox="0 0 420 460" width="100%" height="100%"><rect class="bar tone-fall" x="0" y="0" width="10" height="10"/></svg>';
  const card = (title: string, names: string[]) =>
    chartCardSvg({ chartSvg, css: '', colour, site: 'Site', kicker: 'Monday', title, sources: { label: 'Sources', names } });
  const tspans = (svg: string, size: number) =>
    [...svg.matchAll(new RegExp(`<text[^>]*font-size="${size}"[^>]*>(.*?)</text>`, 'g'))].flatMap((m) => [...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]!));
  const titleSize = (svg: string) => Number(/font-size="(\d+)" font-weight="bold" fill="#111111"><tspan/.exec(svg)![1]);

  it('places the chart in its box, its own viewBox kept', () => {
    const svg = card('Title', ['A']);
    expect(svg).toContain(`<svg x="${CHART_BOX.x}" y="${CHART_BOX.y}" width="${CHART_BOX.width}" height="${CHART_BOX.height}" class="chart" viewBox="0 0 420 460">`);
  });

  it('sets a title as large as its column allows, smaller as it grows, always in its column and clear of the sources', () => {
    const titles = ['Price per million tokens', 'DeepSeeks Trainingsrechnung und die KI-Ausgabenpläne in den USA und anderswo', 'word '.repeat(120).trim()];
    const sizes = titles.map((title) => {
      const svg = card(title, ['A', 'B '.repeat(60).trim()]);
      const size = titleSize(svg);
      const lines = tspans(svg, size);
      for (const line of lines) expect(64 + textWidth(line, size, true), line).toBeLessThanOrEqual(CHART_BOX.x - 24);
      // the last line's descenders stay a line's gap above the first line of sources (22 px type)
      const ys = (fontSize: number) => [...svg.matchAll(new RegExp(`<text[^>]*font-size="${fontSize}"[^>]*>(.*?)</text>`, 'g'))].flatMap((m) => [...m[1]!.matchAll(/y="([\d.]+)"/g)].map((y) => Number(y[1])));
      expect(Math.max(...ys(size)) + size * 0.25, title).toBeLessThanOrEqual(Math.min(...ys(22)) - 22);
      return size;
    });
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    // balanced: no line much shorter than the others but the last, which is never a word alone
    const lines = tspans(card(titles[1]!, ['A']), sizes[1]!);
    expect(lines.at(-1)!.split(/\s/).length).toBeGreaterThan(1);
    expect(sizes[1]).toBeGreaterThanOrEqual(sizes[2]!);
    // the one too long for the column at any size is cut, and says so
    expect(tspans(card(titles[2]!, ['A']), sizes[2]!).at(-1)!.endsWith('…')).toBe(true);
  });

  it.each([
    ['every source when they fit', ['Reuters', 'CNBC'], 'Sources: Reuters, CNBC'],
    ['whole names as far as three lines hold, then an ellipsis', Array.from({ length: 30 }, (_, i) => `Publisher ${i}`), '…'],
    ['a first name too long for three lines, cut', ['a very long name '.repeat(20).trim()], '…'],
  ])('sources: %s', (_name, names, expected) => {
    const lines = tspans(card('T', names), 22);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ').endsWith(expected)).toBe(true);
    // only whole names, or the first one cut
    if (names.length > 1 && expected === '…') for (const name of lines.join(' ').replace(/^Sources: | …$/g, '').split(', ')) expect(names).toContain(name);
  });
});

describe('svgToPng', () => {
  const png = (text: string, weight = 'normal') =>
    Buffer.from(svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/><text x="10" y="40" font-family="${CARD_FONT}" font-size="30" font-weight="${weight}">${text}</text></svg>`)).toString('base64');
  // a character the card fonts lack would be drawn as nothing: the PNG would equal the one without it
  it.each(['≈', 'Ł', '→', '−', '€', '„', '‑'])('draws %s, in regular and bold', (ch) => {
    for (const weight of ['normal', 'bold']) expect(png(`a${ch}`, weight), `${ch} ${weight}`).not.toBe(png('a', weight));
  });
  it('sets bold apart from regular', () => expect(png('Shock', 'bold')).not.toBe(png('Shock')));
  // a PNG's width and height: the first chunk (IHDR) after the 8-byte signature, from byte 16
  const size = (bytes: Uint8Array) => [16, 20].map((at) => Buffer.from(bytes).readUInt32BE(at));
  const square = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"/></svg>';
  it.each([
    [undefined, [32, 32]],
    [180, [180, 180]],
    [16, [16, 16]],
  ])('width %s draws the SVG at %j px', (width, expected) => expect(size(svgToPng(square, width ? { width } : {}))).toEqual(expected));
});
