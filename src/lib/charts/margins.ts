// Chart "margins": net profit margin by fiscal year, one line per company, revealed up to a step's fiscal
// year; a step's highlighted rows are marked with their margin (Nvidia's last-four-quarters row only then).
import { chartDecimals, chartLabeler, formatFigure, type Figure } from '../display';
import { decimalsOf, formatMonth, type Locale } from '../format';
import { linesLayout, type LinesLayout } from './lines';
import type { ChartText } from './notes';
import { ui } from '../../i18n/ui';
import { shownTone, type Tone } from './row-bars';

/** One row of content/data/margins.csv. */
export interface MarginRow {
  id: string;
  company: string;
  fiscal_year: number;
  fiscal_year_end: string;
  /** "year" for a fiscal year; anything else (the last four quarters) is drawn as a point only. */
  period: string;
  revenue_usd: number;
  net_income_usd: number;
  net_margin_pct: number;
  source: string;
  decimals?: number;
}

export interface MarginState {
  /** Rows to mark with their margin; also the companies' lines in colour (empty: all). */
  highlight: string[];
  /** Lines are drawn up to this fiscal year; empty: to the end. */
  until: string;
}

/** "FY2012" / "GJ 2012": the company's fiscal year. */
const fiscal = (year: number, locale: Locale) => ui(locale).fiscalYear.replace('{year}', String(year));
/** A company's name and colour, from the chart's YAML (series:, keyed by the company column). */
const nameOf = (company: string, text: ChartText) => text.series?.[company]?.name ?? company;
const toneOf = (company: string, text: ChartText): Tone => text.series?.[company]?.tone ?? 'other';

/** "year to Oct 2024": a period of the last four quarters, named by the month it ends in. */
const quartersTo = (r: MarginRow, locale: Locale) => ui(locale).lastQuarters.replace('{month}', formatMonth(r.fiscal_year_end, locale));

/** "Nvidia, FY2024" / "Nvidia, year to Oct 2024": a row's name in the data table. */
export function marginRowName(r: MarginRow, locale: Locale, text: ChartText): string {
  return `${nameOf(r.company, text)}, ${r.period === 'year' ? fiscal(r.fiscal_year, locale) : quartersTo(r, locale)}`;
}

export function marginsLayout(rows: readonly MarginRow[], state: MarginState, locale: Locale, text: ChartText = { notes: [] }): LinesLayout {
  const years = rows.filter((r) => r.period === 'year');
  const companies = [...new Set(years.map((r) => r.company))];
  const focus = new Set(state.highlight);
  const lit = new Set(rows.filter((r) => focus.has(r.id)).map((r) => r.company));
  const fy = years.map((r) => r.fiscal_year);
  const min = Math.min(...fy);
  const max = Math.max(...fy);
  const first = Math.ceil(min / 5) * 5;
  const figure = (r: MarginRow): Figure => ({ value: r.net_margin_pct, unit: 'pct', decimals: r.decimals ?? decimalsOf(r.net_margin_pct) });
  const margin = chartLabeler(rows.map(figure), locale);
  const revealTo = state.until ? Number(state.until) : max;
  // "Apple FY2012", "Nvidia, year to Oct 2024"; at or past the end of its line as the step draws it, beside the
  // line's name, without it ("FY2025": "Nvidia FY2025" had stood 20 px from the name "Nvidia")
  const pointSub = (r: MarginRow) => {
    const name = nameOf(r.company, text);
    const line = years.filter((y) => y.company === r.company && y.fiscal_year <= revealTo).map((y) => y.fiscal_year);
    const atEnd = line.length > 0 && r.fiscal_year >= Math.max(...line);
    if (r.period === 'year') return atEnd ? fiscal(r.fiscal_year, locale) : `${name} ${fiscal(r.fiscal_year, locale)}`;
    const quarters = quartersTo(r, locale);
    return atEnd ? quarters[0]!.toUpperCase() + quarters.slice(1) : `${name}, ${quarters}`;
  };
  const precision = chartDecimals(rows.map(figure));
  return linesLayout({
    series: companies.map((c) => {
      const highlighted = lit.size === 0 || lit.has(c);
      return {
        id: c,
        label: nameOf(c, text),
        // the company in focus in its colour, the others dimmed by the charts' one rule: Nvidia paler, the rest
        // grey, so that two context lines are never the same grey while Nvidia is one of them
        tone: shownTone(toneOf(c, text), highlighted),
        highlighted,
        values: years.filter((r) => r.company === c).sort((a, b) => a.fiscal_year - b.fiscal_year).map((r) => ({ x: r.fiscal_year, y: r.net_margin_pct })),
      };
    }),
    points: rows
      .filter((r) => focus.has(r.id))
      .map((r) => ({
        id: r.id,
        x: r.fiscal_year,
        y: r.net_margin_pct,
        tone: toneOf(r.company, text),
        label: margin(figure(r)),
        sub: pointSub(r),
      })),
    xDomain: [min, max],
    revealTo,
    xTicks: Array.from({ length: Math.floor((max - first) / 5) + 1 }, (_, i) => first + i * 5).map((v) => ({ value: v, label: String(v) })),
    yUnit: 'pct',
    locale,
    axis: text.axis,
    endLabels: true,
    notes: text.notes,
    allNotes: text.allNotes,
    noteX: (id) => rows.find((r) => r.id === id)?.fiscal_year,
    yZero: true,
    hoverLabel: (series, x, y) => `${series} ${fiscal(x, locale)}: ${formatFigure({ value: y, unit: 'pct', decimals: 3 }, locale, { decimals: precision })}`,
  });
}
