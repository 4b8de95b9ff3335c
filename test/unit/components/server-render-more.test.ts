// Server render of the line, square and tooltip components: real SVG without JavaScript.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Chart from '../../../src/components/charts/Chart.svelte';
import Lines from '../../../src/components/charts/Lines.svelte';
import Squares from '../../../src/components/charts/Squares.svelte';
import { islandJson } from '../../../src/lib/charts/island-data';
import { marginsLayout, type MarginRow } from '../../../src/lib/charts/margins';
import { squaresLayout, type SquaresRow } from '../../../src/lib/charts/squares-kind';

const margin = (company: string, fy: number, pct: number, period = 'year'): MarginRow => ({
  id: `${company}-${fy}${period === 'year' ? '' : '-ttm'}`,
  company,
  fiscal_year: fy,
  fiscal_year_end: '',
  period,
  revenue_usd: 100,
  net_income_usd: pct,
  net_margin_pct: pct,
  source: 's',
  decimals: 2,
});

describe('Lines', () => {
  const rows = [margin('nvidia', 2023, 16.19), margin('nvidia', 2024, 48.849), margin('apple', 2023, 25.31), margin('apple', 2024, 23.97)];
  const series = { nvidia: { name: 'Nvidia', tone: 'nvidia' as const }, apple: { name: 'Apple', tone: 'other' as const } };
  const layouts = [marginsLayout(rows, { highlight: ['nvidia-2024'], until: '2024' }, 'de', { notes: [], series })];
  it('renders each series named at its end, the marked point and a unique clip path', () => {
    const { body } = render(Lines, { props: { layouts, uid: 'm', labelledBy: 't' } });
    expect(body.match(/<path class="line/g)).toHaveLength(2);
    expect(body).toContain('clip-path="url(#m-reveal)"');
    expect(body).toMatch(/data-row="nvidia-2024" data-highlighted="true"/);
    expect(body).toContain('48,8\u00a0%');
    expect(body).toMatch(/<text class="end-label tone-nvidia[^"]*"[^>]*>Nvidia<\/text>/);
    expect(body).toMatch(/<text class="end-label tone-muted[^"]*"[^>]*>Apple<\/text>/);
  });

  it('dims the lines out of focus by the charts\' one rule: Nvidia paler, the others grey', () => {
    const apple = marginsLayout(rows, { highlight: ['apple-2024'], until: '2024' }, 'en', { notes: [], series });
    const { body } = render(Lines, { props: { layouts: [apple], uid: 'a', labelledBy: 't' } });
    expect(body).toMatch(/<text class="end-label tone-nvidia-muted[^"]*"[^>]*>Nvidia<\/text>/);
    expect(body).toMatch(/<text class="end-label tone-other[^"]*"[^>]*>Apple<\/text>/);
  });

  it('draws the same through the island, which gets the points and tooltip values once, not with every step', () => {
    const steps = [{ highlight: [], until: '2023' }, { highlight: ['nvidia-2024'], until: '2024' }].map((s) => marginsLayout(rows, s, 'en', { notes: [], series }));
    const json = islandJson({ kind: 'lines', layouts: steps, printLayout: steps.at(-1) });
    expect(JSON.parse(json).layouts.flatMap((l: { series: { points: unknown[] }[] }) => l.series.flatMap((s) => s.points))).toEqual([]);
    const island = render(Chart, { props: { data: json, uid: 'm', labelledBy: 't' } }).body;
    expect(island).toContain('<path class="line');
    expect(island.replace(/<!--[^>]*-->/g, '')).toBe(render(Lines, { props: { layouts: steps, hover: steps.at(-1)!.hover, uid: 'm', labelledBy: 't' } }).body.replace(/<!--[^>]*-->/g, ''));
  });
});

describe('Squares', () => {
  const rows: SquaresRow[] = [
    { id: 'deepseek-v3', label_en: 'DeepSeek', label_de: 'DeepSeek', amount_usd: 5576000, source: 's' },
    { id: 'microsoft', label_en: 'Microsoft', label_de: 'Microsoft', amount_usd: 80e9, source: 's' },
  ];
  it('renders a square per row, hidden rows with no area, and labels', () => {
    const layouts = [squaresLayout('amount_usd', undefined, 'usd')(rows, { show: ['deepseek-v3'], highlight: ['deepseek-v3'] }, 'en')];
    const { body } = render(Squares, { props: { layouts } });
    expect(body.match(/<rect class="square/g)).toHaveLength(2);
    expect(body).toMatch(/data-row="microsoft"[^>]*width="0"/);
    expect(body).toContain('$5.6m');
  });
});

describe('Tooltip', () => {
  it('renders only its listening area until a pointer moves over it', async () => {
    const Tooltip = (await import('../../../src/components/charts/shared/Tooltip.svelte')).default;
    const plot = { x: 30, y: 10, width: 300, height: 200 };
    const { body } = render(Tooltip, { props: { points: [{ x: 40, y: 20, label: '27 Jan: $118.42' }], plot } });
    expect(body).toMatch(/<rect class="listener[^"]*" x="30" y="10" width="300" height="200"/);
    expect(body).not.toContain('27 Jan');
    expect(render(Tooltip, { props: { points: [], plot } }).body).not.toContain('listener');
  });
});
