// Hydrates one chart island over its server-drawn markup: loaded by hydrate.ts once a chart nears the
// screen, so that the page's first script carries no chart code (and only Svelte's hydrate, not all of it).
import { hydrate } from 'svelte';
import Chart from './Chart.svelte';

export function hydrateChart(box: HTMLElement, data: string): void {
  const { uid, labelledBy, describedBy } = box.dataset;
  hydrate(Chart, { target: box, props: { data, uid, labelledBy, describedBy } });
}
