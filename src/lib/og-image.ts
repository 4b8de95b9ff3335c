// The social preview image (Open Graph, 1200 x 630) as SVG: the story's name, its day, the two facts and
// the line content/meta.yaml names (share:), and the bars of the row chart it names, drawn small from that
// chart's printout (its solid bars, largest first, each in its tone), in the dark scheme's colours of
// tokens.css. Rendered to PNG at build time (src/pages/og/[locale].png.ts); no outside service.
import type { StoryModel } from './content/model';
import type { RowBarsLayout } from './charts/row-bars';
import { formatProse } from './display';
import { escapeHtml as esc } from './escape';
import { CARD_FONT } from './share/png';
import { colourReader } from './tokens';


export interface OgText {
  title: string;
  /** The story's day, "Monday, 27 January 2025". */
  kicker: string;
}

/** The preview image; `colour` holds the dark scheme's colour tokens ("--paper" -> "#111318", src/lib/tokens.ts). */
export function ogImageSvg(story: StoryModel, text: OgText, colour: Record<string, string>): string {
  const c = colourReader(colour);
  const fact = (id: string) => {
    const f = story.facts[id]!;
    return formatProse(f, story.locale, { override: f.display });
  };
  const { share } = story.meta;
  const chart = story.sections.flatMap((s) => s.charts).find((c) => c.id === share.chart);
  const layout = chart?.kind === 'rows' ? (chart.printLayout ?? chart.layouts.at(-1)) : undefined;
  const rows = bars(layout);
  const longest = Math.max(...rows.map((r) => r.x1 - r.x0), 1e-9);
  const drawn = rows
    .map((r, i) => {
      const w = ((r.x1 - r.x0) / longest) * 300;
      return `<rect x="${1120 - w}" y="${250 + i * 38}" width="${w}" height="24" fill="${c(`--c-${r.tone}`)}"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${c('--paper')}"/>
  <rect x="0" y="0" width="1200" height="10" fill="${c('--accent')}"/>
  <text x="80" y="120" font-family="${CARD_FONT}" font-size="30" fill="${c('--c-fall')}" letter-spacing="2">${esc(text.kicker.toUpperCase())}</text>
  <text x="80" y="215" font-family="${CARD_FONT}" font-weight="bold" font-size="82" fill="${c('--ink')}">${esc(text.title)}</text>
  <text x="80" y="370" font-family="${CARD_FONT}" font-weight="bold" font-size="120" fill="${c('--c-nvidia')}">${esc(fact(share.figure))}</text>
  <text x="80" y="450" font-family="${CARD_FONT}" font-size="44" fill="${c('--ink')}">${esc(fact(share.detail))}</text>
  <text x="80" y="510" font-family="${CARD_FONT}" font-size="30" fill="${c('--ink-soft')}">${esc(share.caption)}</text>
  <line x1="1120" y1="240" x2="1120" y2="560" stroke="${c('--c-muted')}" stroke-width="2"/>
  ${drawn}
</svg>`;
}

/** Up to eight of a row chart's solid bars (not outlined indexes or ghosts), longest first. */
function bars(layout: RowBarsLayout | undefined): RowBarsLayout['rows'] {
  return (layout?.rows ?? [])
    .filter((r) => r.visible && r.style === 'solid')
    .sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0))
    .slice(0, 8);
}
