// Locale-aware formatting of every figure the site prints: prose facts, chart labels, axis ticks and tables.
// Pure functions over Intl; no DOM.

export type Locale = 'en' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'de'];

/** The units a fact or a dataset column can carry. */
export const UNITS = ['usd', 'usd-m', 'usd-bn', 'usd-tn', 'pct', 'pct-change', 'multiple', 'count'] as const;
export type Unit = (typeof UNITS)[number];

const MINUS = '\u2212';
const NBSP = '\u00a0';

export interface FormatOptions {
  /** Digits after the decimal point; by default as many as the source value has. */
  decimals?: number;
  /** Print the magnitude only (for prose such as "fell 16.97%"). */
  abs?: boolean;
  /** Short money units for charts: en "$592.7bn", de "592,7 Mrd. $". */
  compact?: boolean;
}

/** Digits after the decimal point in a number as written, e.g. "-17.40" -> 2, 592.7 -> 1. */
export function decimalsOf(written: string | number): number {
  const text = String(written).trim();
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** A plain number in the locale's notation, with a typographic minus. */
export function formatNumber(value: number, locale: Locale, decimals: number, signed = false): string {
  const text = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
  return text.replace('-', MINUS);
}

type Money = Record<'usd' | 'usd-m' | 'usd-bn' | 'usd-tn', (n: string, value: number) => string>;

const MONEY_COMPACT: Record<Locale, Money> = {
  en: {
    usd: (n) => `$${n}`,
    'usd-m': (n) => `$${n}m`,
    'usd-bn': (n) => `$${n}bn`,
    'usd-tn': (n) => `$${n}tn`,
  },
  de: {
    usd: (n) => `${n}${NBSP}$`,
    'usd-m': (n) => `${n}${NBSP}Mio.${NBSP}$`,
    'usd-bn': (n) => `${n}${NBSP}Mrd.${NBSP}$`,
    'usd-tn': (n) => `${n}${NBSP}Bio.${NBSP}$`,
  },
};

const MONEY: Record<Locale, Money> = {
  en: {
    usd: (n) => `$${n}`,
    'usd-m': (n) => `$${n}${NBSP}million`,
    'usd-bn': (n) => `$${n}${NBSP}billion`,
    'usd-tn': (n) => `$${n}${NBSP}trillion`,
  },
  de: {
    usd: (n) => `${n}${NBSP}US-Dollar`,
    'usd-m': (n) => `${n}${NBSP}Mio.${NBSP}US-Dollar`,
    'usd-bn': (n) => `${n}${NBSP}Mrd.${NBSP}US-Dollar`,
    'usd-tn': (n, v) => `${n}${NBSP}${Math.abs(v) === 1 ? 'Billion' : 'Billionen'}${NBSP}US-Dollar`,
  },
};

/** A value with its unit, e.g. en "$592.7 billion", de "592,7 Mrd. US-Dollar", en "−16.97%", de "−16,97 %". */
export function formatValue(value: number, unit: Unit, locale: Locale, options: FormatOptions = {}): string {
  const decimals = options.decimals ?? decimalsOf(value);
  const shown = options.abs ? Math.abs(value) : value;
  const sep = locale === 'de' ? NBSP : '';
  switch (unit) {
    case 'usd-bn':
      // in charts, a thousand billions reads better as trillions
      if (options.compact && Math.abs(shown) >= 1000) return formatValue(shown / 1000, 'usd-tn', locale, { ...options, decimals: undefined });
    // falls through
    case 'usd':
    case 'usd-m':
    case 'usd-tn': {
      const n = formatNumber(Math.abs(shown), locale, decimals);
      const money = (options.compact ? MONEY_COMPACT : MONEY)[locale][unit](n, shown);
      return shown < 0 ? MINUS + money : money;
    }
    case 'pct':
      return `${formatNumber(shown, locale, decimals)}${sep}%`;
    case 'pct-change':
      return `${formatNumber(shown, locale, decimals, !options.abs)}${sep}%`;
    case 'multiple':
      return locale === 'de' ? `${formatNumber(shown, locale, decimals)}-mal` : `${formatNumber(shown, locale, decimals)}${NBSP}times`;
    case 'count':
      return formatNumber(shown, locale, decimals);
  }
}

/** Dollars in the unit that reads best, keeping every digit: 5576000 -> "$5.576m", 80e9 -> "$80bn". */
export function formatUsdAuto(usd: number, locale: Locale, options: Pick<FormatOptions, 'compact'> = {}): string {
  const [unit, scale] = (
    [
      ['usd-tn', 1e12],
      ['usd-bn', 1e9],
      ['usd-m', 1e6],
    ] as const
  ).find(([, s]) => Math.abs(usd) >= s) ?? (['usd', 1] as const);
  const scaled = usd / scale;
  return formatValue(scaled, unit, locale, { ...options, decimals: decimalsOf(Number(scaled.toPrecision(12))) });
}

/** A range of dollars in one unit, compact for charts: en "$60–65bn", de "60–65 Mrd. $". */
export function formatUsdRangeCompact(low: number, high: number, locale: Locale): string {
  const scale = ([1e12, 1e9, 1e6] as const).find((s) => Math.abs(high) >= s) ?? 1;
  const num = (usd: number) => formatNumber(usd / scale, locale, decimalsOf(Number((usd / scale).toPrecision(12))));
  const unit = { 1e12: ['tn', 'Bio.'], 1e9: ['bn', 'Mrd.'], 1e6: ['m', 'Mio.'], 1: ['', ''] }[scale];
  return locale === 'en'
    ? `$${num(low)}\u2013${num(high)}${unit[0]}`
    : `${num(low)}\u2013${num(high)}${NBSP}${unit[1] ? unit[1] + NBSP : ''}$`;
}

const MONTHS_SHORT: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
};

/** A short month, with its year or its day when asked: "Jan 2025" / "Jan. 2025", "27 Jan" / "27. Jan.". */
export function formatMonth(isoDay: string, locale: Locale, with_: 'year' | 'day' | 'none' = 'year'): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const name = MONTHS_SHORT[locale][month - 1]!;
  if (with_ === 'year') return `${name}${'\u00a0'}${year}`;
  if (with_ === 'day') return locale === 'de' ? `${day}.${'\u00a0'}${name}` : `${day}${'\u00a0'}${name}`;
  return name;
}

/** A calendar date such as "27 January 2025" / "27. Januar 2025" (dates in content are UTC days). */
export function formatDate(isoDay: string, locale: Locale): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
