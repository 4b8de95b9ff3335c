// A chart's share card as PNG, rendered at build time: the chart drawn in one of its states by its own
// component on the server, laid out on the card (chart-card.ts) in the dark scheme and rendered with resvg.
// The card routes (src/pages/og/[locale]/[chart].png.ts: the printout's state; .../[chart]/[step].png.ts:
// each step) only pick the state and the title.
import { render } from 'svelte/server';
import Chart from '../../components/charts/Chart.svelte';
import axesCss from '../../styles/axes.css?raw';
import tokensCss from '../../styles/tokens.css?raw';
import { ui } from '../../i18n/ui';
import { islandJson } from '../charts/island-data';
import type { ChartDrawing, ChartModel, StoryModel } from '../content/model';
import { heroKicker } from '../hero';
import { sourceNames } from '../source-line';
import { colourTokens } from '../tokens';
import { chartCardSvg } from './chart-card';
import { svgToPng } from './png';
import { componentScope, resvgCss, svelteStyles, toneTokens } from './resvg-css';

// every chart component's own styles, each inside charts of its own kind, and the axes they share: the
// same for every card, so read once
const components = import.meta.glob<string>('../../components/charts/**/*.svelte', { query: '?raw', import: 'default', eager: true });
const CHART_STYLES = [...Object.values(components).map((source) => ({ css: svelteStyles(source), scope: componentScope(source) })), { css: axesCss, scope: '.chart' }];
const COLOUR = colourTokens(tokensCss).dark;
const CSS = resvgCss(CHART_STYLES, COLOUR, toneTokens(tokensCss)).css;

/** The card of `chart` drawn at one state (a step's layout, or its printout's), under `title`. */
export function chartCardPng(story: StoryModel, chart: ChartModel, state: ChartDrawing['layouts'][number], title: string): Uint8Array<ArrayBuffer> {
  const still = { ...chart, layouts: [state] } as ChartDrawing;
  const { body } = render(Chart, { props: { data: islandJson(still), uid: `card-${chart.id}` } });
  const chartSvg = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
  const t = ui(story.locale);
  const svg = chartCardSvg({
    chartSvg,
    css: CSS,
    colour: COLOUR,
    site: t.siteTitle,
    kicker: heroKicker(story.meta.hero.mark, story.locale),
    title,
    sources: { label: t.toolSources, names: sourceNames(chart, story.sources, story.locale) },
  });
  return svgToPng(svg);
}
