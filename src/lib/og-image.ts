// The social preview image (Open Graph, 1200 x 630) as SVG: the story's name, its date and its headline
// figures, printed from the facts registry, with the market-moves bars drawn small, in the dark scheme's
// colours of tokens.css (each bar in its row's tone). Rendered to PNG at build time (src/pages/og/[locale].png.ts);
// no outside service.
import type { StoryModel } from './content/model';
import { formatProse } from './display';
import type { MarketMoveRow } from './charts/market-moves';
import { orderRows, toneOf } from './charts/market-moves';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface OgText {
  title: string;
  kicker: string;
  /** "Nvidia in one day" */
  caption: string;
}

/** The preview image; `colour` holds the dark scheme's colour tokens ("--paper" -> "#111318", src/lib/tokens.ts). */
export function ogImageSvg(story: StoryModel, text: OgText, colour: Record<string, string>): string {
  const c = (token: string) => {
    if (!colour[token]) throw new Error(`tokens.css has no colour ${token}`);
    return colour[token];
  };
  const fact = (id: string) => {
    const f = story.facts[id]!;
    return formatProse(f, story.locale, { override: f.display });
  };
  const moves = story.sections.flatMap((s) => s.charts).find((c) => c.id === 'market-moves');
  const rows = moves ? orderRows(moves.rows as unknown as MarketMoveRow[]).filter((r) => r.group !== 'index').slice(0, 8) : [];
  const min = Math.min(...rows.map((r) => r.change_pct), -1);
  const bars = rows
    .map((r, i) => {
      const w = (Math.abs(r.change_pct) / Math.abs(min)) * 300;
      const fill = c(`--c-${toneOf(r)}`);
      return `<rect x="${1120 - w}" y="${250 + i * 38}" width="${w}" height="24" fill="${fill}"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${c('--paper')}"/>
  <rect x="0" y="0" width="1200" height="10" fill="${c('--accent')}"/>
  <text x="80" y="120" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="${c('--c-fall')}" letter-spacing="2">${esc(text.kicker.toUpperCase())}</text>
  <text x="80" y="215" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="82" fill="${c('--ink')}">${esc(text.title)}</text>
  <text x="80" y="370" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="120" fill="${c('--c-nvidia')}">${esc(fact('nvidia-move'))}</text>
  <text x="80" y="450" font-family="DejaVu Sans, Arial, sans-serif" font-size="44" fill="${c('--ink')}">${esc(fact('nvidia-loss'))}</text>
  <text x="80" y="510" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="${c('--ink-soft')}">${esc(text.caption)}</text>
  <line x1="1120" y1="240" x2="1120" y2="560" stroke="${c('--c-muted')}" stroke-width="2"/>
  ${bars}
</svg>`;
}
