// The <iframe> snippet that embeds one chart: its address (absolute when the site's address is known),
// a title for screen readers, and a starting height that fits the chart (embed pages then report their
// real height to the host page).
import type { ChartModel } from '../content/model';

/** Room above and below the drawing: title, step buttons, the step's text, caption, table and sources. */
const FRAME_PX = 360;

/** The chart's height on its embed page: row charts by their rows (the page sets it), others as pages.css sets them. */
export function embedChartHeight(chart: ChartModel): number {
  if (chart.kind !== 'rows') return 448;
  return Math.min(576, Math.max(288, chart.rows.length * 28 + 64));
}

export function embedHeight(chart: ChartModel): number {
  return embedChartHeight(chart) + FRAME_PX;
}

export function embedSnippet(src: string, title: string, height: number): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
