// Chart "cost-vs-capex": amounts as nested squares whose areas are proportional to the money, sharing
// their bottom-left corner; each step shows some of them and zooms so the largest fills the frame, so
// DeepSeek's training bill shrinks to a speck as the spending plans appear (and shows again, enlarged, in
// an inset: squares.ts).
import { chartLabeler, type Figure } from '../display';
import { decimalsOf, type Locale } from '../format';
import type { ChartText } from './notes';
import { shownTone, type RowTone } from './row-bars';
import type { SquaresLayout } from './squares';

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
  /** Colour role (content's tone column); empty: grey. */
  tone?: RowTone;
  source: string;
}

export interface CapexState {
  /** Rows shown at this step. */
  show: string[];
  /** Rows in colour; empty: all shown rows. */
  highlight: string[];
}

/** What the inset says about the square it enlarges. */
const ENLARGED: Record<Locale, string> = { en: 'enlarged', de: 'vergrößert' };

export function costVsCapexLayout(rows: readonly CapexRow[], state: CapexState, locale: Locale, text: ChartText = { notes: [] }): SquaresLayout {
  const shown = new Set(state.show);
  const focus = new Set(state.highlight);
  const biggest = Math.max(...rows.filter((r) => shown.has(r.id)).map((r) => r.amount_usd), 1);
  const sideOf = (usd: number) => Math.sqrt(usd / biggest);
  const sorted = [...rows].sort((a, b) => b.amount_usd - a.amount_usd);
  const figure = (r: CapexRow): Figure => ({ value: r.amount_usd, unit: 'usd', decimals: decimalsOf(r.amount_usd) });
  const money = chartLabeler(rows.map(figure), locale);
  const r4 = (n: number) => Math.round(n * 100000) / 100000;
  return {
    insetLabel: text.notes[0]?.text ?? ENLARGED[locale],
    squares: sorted.map((r) => {
      const isShown = shown.has(r.id);
      const low = r.amount_low_usd;
      const range = low !== undefined && low > 0;
      return {
        id: r.id,
        label: locale === 'de' ? r.label_de : r.label_en,
        valueText: money(figure(r), range ? { low } : {}),
        // DeepSeek's square keeps its colour out of focus: the speck must stay findable
        tone: shownTone(r.tone ?? 'other', isShown && (focus.size === 0 || focus.has(r.id)), ['deepseek']),
        visible: isShown,
        highlighted: isShown && (focus.size === 0 || focus.has(r.id)),
        side: isShown ? r4(sideOf(r.amount_usd)) : 0,
        lowSide: range && isShown ? r4(sideOf(low)) : undefined,
      };
    }),
  };
}
