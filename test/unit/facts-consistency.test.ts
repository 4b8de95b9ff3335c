// The figures the story derives from one another agree: the same number in two datasets, calculated
// figures against their inputs, and percentage moves against the daily prices. One table, one row each.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildStory } from '../../src/lib/content/story';

const { input } = readContentDir(join(import.meta.dirname, '../..'));
const story = buildStory(input, 'en');
const fact = (id: string) => {
  const f = story.facts[id];
  if (!f) throw new Error(`no fact ${id}`);
  return f.value;
};
const row = (chart: string, id: string) => {
  const c = story.sections.flatMap((s) => s.charts).find((x) => x.id === chart)!;
  const r = c.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${chart}/${id}`);
  return r;
};
const pct = (a: number, b: number) => Math.round(((b - a) / a) * 10000) / 100;

const CASES: { name: string; actual: () => number; expected: () => number; within: number }[] = [
  {
    name: "Nvidia's loss is the same in both loss charts",
    actual: () => Number(row('record-losses', 'nvidia-2025-01-27').loss_usd_bn),
    expected: () => fact('nvidia-loss'),
    within: 0,
  },
  {
    name: "Nvidia's loss matches its shares times the fall in price (Reuters/LSEG set)",
    actual: () => fact('nvidia-shares') * (fact('nvidia-close-before') - fact('nvidia-close')),
    expected: () => fact('nvidia-loss'),
    within: 0.5,
  },
  {
    name: "Nvidia's fall in the market-moves chart is its close-to-close move",
    actual: () => pct(fact('nvidia-close-before'), fact('nvidia-close')),
    expected: () => fact('nvidia-move'),
    within: 0,
  },
  {
    name: "Nvidia's rebound is its close-to-close move on 28 January",
    actual: () => pct(fact('nvidia-close'), fact('nvidia-close-after')),
    expected: () => fact('nvidia-rebound'),
    within: 0,
  },
  {
    name: "Microsoft's calculated loss follows from its closes and shares",
    actual: () => Math.round(fact('microsoft-shares') * (fact('microsoft-close-before') - fact('microsoft-close')) * 10) / 10,
    expected: () => fact('microsoft-loss'),
    within: 0,
  },
  {
    name: "Microsoft's move in the market-moves chart follows from the same closes",
    actual: () => pct(fact('microsoft-close-before'), fact('microsoft-close')),
    expected: () => fact('microsoft-move'),
    within: 0,
  },
  {
    name: "DeepSeek's cost in the text equals the square in the chart",
    actual: () => fact('deepseek-v3-cost') * 1e6,
    expected: () => Number(row('cost-vs-capex', 'deepseek-v3').amount_usd),
    within: 0,
  },
  {
    name: "DeepSeek's cost is its GPU hours times the assumed price",
    actual: () => fact('deepseek-gpu-hours') * fact('deepseek-gpu-price'),
    expected: () => fact('deepseek-v3-cost'),
    within: 1e-9,
  },
  {
    name: "Nvidia's margin is about twice Apple's best (ratio as printed)",
    actual: () => Math.round((fact('nvidia-fy2025-margin') / fact('apple-best-margin')) * 100) / 100,
    expected: () => fact('margin-ratio-apple'),
    within: 0,
  },
  {
    name: "Nvidia's margin against Cisco's best since 1995 (ratio as printed)",
    actual: () => Math.round((fact('nvidia-fy2025-margin') / fact('cisco-best-margin')) * 100) / 100,
    expected: () => fact('margin-ratio-cisco'),
    within: 0,
  },
  {
    name: "Nvidia's last-four-quarters margin follows from its revenue and net income",
    actual: () => Math.round((Number(row('margins', 'nvidia-ttm').net_income_usd) / Number(row('margins', 'nvidia-ttm').revenue_usd)) * 10000) / 100,
    expected: () => fact('nvidia-ttm-margin'),
    within: 0,
  },
  {
    name: 'o1 costs about 27 times R1 for input',
    actual: () => Math.round(fact('o1-input') / fact('r1-input')),
    expected: () => fact('price-ratio'),
    within: 0,
  },
  {
    name: 'o1 costs about 27 times R1 for output',
    actual: () => Math.round(fact('o1-output') / fact('r1-output')),
    expected: () => fact('price-ratio'),
    within: 0,
  },
  {
    name: "the Guardian's Microsoft figure is a tenth of ours (the dropped zero)",
    actual: () => Math.round(fact('microsoft-loss') / fact('microsoft-loss-reported')),
    expected: () => 10,
    within: 0,
  },
];

describe('derived figures agree', () => {
  it.each(CASES)('$name', ({ actual, expected, within }) => {
    expect(Math.abs(actual() - expected())).toBeLessThanOrEqual(within + 1e-9);
  });
});

describe('every annual margin row', () => {
  const margins = story.sections.flatMap((s) => s.charts).find((c) => c.id === 'margins')!;
  it.each(margins.rows.map((r) => [r.id, r] as const))('%s: net margin = net income / revenue', (_id, r) => {
    const computed = Math.round((Number(r.net_income_usd) / Number(r.revenue_usd)) * 10000) / 100;
    expect(computed).toBeCloseTo(Number(r.net_margin_pct), 2);
  });
});
