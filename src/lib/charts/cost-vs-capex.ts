// Chart "cost-vs-capex": amounts as nested squares whose areas are proportional to the money, sharing
// their bottom-left corner; each step shows some of them and zooms so the largest fills the frame, so
// DeepSeek's training bill shrinks to a speck as Big Tech's plans appear. Drawn in a fixed 360 x 300 box.
import { chartLabeler, type Figure } from '../display';
import { decimalsOf, type Locale } from '../format';
import { dodge } from './dodge';
import type { Tone } from './row-bars';

/** One row of content/data/cost-vs-capex.csv. */
export interface CapexRow {
  id: string;
  label_en: string;
  label_de: string;
  amount_usd: number;
  /** For a range (Meta's $60-65bn), its low end; the square is drawn at amount_usd. */
  amount_low_usd?: number;
  period_en: string;
  period_de: string;
  source: string;
}

export interface CapexState {
  /** Rows shown at this step. */
  show: string[];
  /** Rows in colour; empty: all shown rows. */
  highlight: string[];
}

export interface SquareMark {
  id: string;
  label: string;
  valueText: string;
  tone: Tone;
  visible: boolean;
  highlighted: boolean;
  /** Side of the square and of the inner square of a range's low end, in box units. */
  side: number;
  lowSide?: number;
  /** Where its label sits, and the corner its leader line points at. */
  labelY: number;
  cornerX: number;
  cornerY: number;
}

export interface SquaresLayout {
  squares: SquareMark[];
  width: number;
  height: number;
  /** The squares' shared bottom-left corner. */
  originX: number;
  originY: number;
  labelX: number;
}

export const SQUARES_BOX = { width: 360, height: 300, origin: 6, frame: 222, labelGap: 30 } as const;

export function costVsCapexLayout(rows: readonly CapexRow[], state: CapexState, locale: Locale): SquaresLayout {
  const { width, height, origin, frame, labelGap } = SQUARES_BOX;
  const shown = new Set(state.show);
  const focus = new Set(state.highlight);
  const originY = height - origin;
  const biggest = Math.max(...rows.filter((r) => shown.has(r.id)).map((r) => r.amount_usd), 1);
  const sideOf = (usd: number) => frame * Math.sqrt(usd / biggest);
  const sorted = [...rows].sort((a, b) => b.amount_usd - a.amount_usd);
  const figure = (r: CapexRow): Figure => ({ value: r.amount_usd, unit: 'usd', decimals: decimalsOf(r.amount_usd) });
  const money = chartLabeler(rows.map(figure), locale);
  const visible = sorted.filter((r) => shown.has(r.id));
  const labelYs = dodge(
    visible.map((r) => originY - sideOf(r.amount_usd) + 10),
    labelGap,
    14,
    originY - 18,
  );
  return {
    squares: sorted.map((r) => {
      const isShown = shown.has(r.id);
      const side = isShown ? sideOf(r.amount_usd) : 0;
      const low = r.amount_low_usd;
      const range = low !== undefined && low > 0;
      return {
        id: r.id,
        label: locale === 'de' ? r.label_de : r.label_en,
        valueText: money(figure(r), range ? { low } : {}),
        tone: r.id.startsWith('deepseek') ? 'deepseek' : 'other',
        visible: isShown,
        highlighted: isShown && (focus.size === 0 || focus.has(r.id)),
        side: Math.max(side, isShown ? 1.5 : 0),
        lowSide: range && isShown ? sideOf(low) : undefined,
        labelY: isShown ? labelYs[visible.indexOf(r)]! : originY,
        cornerX: origin + side,
        cornerY: originY - side,
      };
    }),
    width,
    height,
    originX: origin,
    originY,
    labelX: origin + frame + 14,
  };
}
