// Locale-aware formatting of every figure the site prints: prose facts, chart labels, axis ticks and tables.
// Pure functions over Intl; no DOM.

export type Locale = 'en' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'de'];

/** The units a fact or a dataset column can carry. */
export const UNITS = ['usd', 'usd-m', 'usd-bn', 'usd-tn', 'pct', 'pct-change', 'multiple', 'count', 'count-m', 'count-bn'] as const;
export type Unit = (typeof UNITS)[number];

const MINUS = '\u2212';
const NBSP = '\u00a0';

export interface FormatOptions {
  /** Digits after the decimal point; by default as many as the source value has. */
  decimals?: number;
  /** Print the magnitude only (for prose such as "fell 17.0%"). */
  abs?: boolean;
  /** Short money units for charts: de "592,7 Mrd. $" instead of "592,7 Mrd. US-Dollar" (English is always "$592.7bn"). */
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

/** English money reads the same in prose and charts, as newsrooms such as the FT write it: "$592.7bn". */
const MONEY_EN: Money = {
  usd: (n) => `$${n}`,
  'usd-m': (n) => `$${n}m`,
  'usd-bn': (n) => `$${n}bn`,
  'usd-tn': (n) => `$${n}tn`,
};

const MONEY: Record<'en' | 'de' | 'de-compact', Money> = {
  en: MONEY_EN,
  de: {
    usd: (n) => `${n}${NBSP}US-Dollar`,
    'usd-m': (n) => `${n}${NBSP}Mio.${NBSP}US-Dollar`,
    'usd-bn': (n) => `${n}${NBSP}Mrd.${NBSP}US-Dollar`,
    // numbers up to twelve are words in German running text: "eine Billion"
    'usd-tn': (n, v) => (Math.abs(v) === 1 ? `eine${NBSP}Billion${NBSP}US-Dollar` : `${n}${NBSP}Billionen${NBSP}US-Dollar`),
  },
  'de-compact': {
    usd: (n) => `${n}${NBSP}$`,
    'usd-m': (n) => `${n}${NBSP}Mio.${NBSP}$`,
    'usd-bn': (n) => `${n}${NBSP}Mrd.${NBSP}$`,
    'usd-tn': (n) => `${n}${NBSP}Bio.${NBSP}$`,
  },
};

/** Counts in millions and billions: en "24.5bn" (shares), de "24,5 Mrd.". */
const COUNT_SCALE: Record<Locale, Record<'count-m' | 'count-bn', string>> = {
  en: { 'count-m': 'm', 'count-bn': 'bn' },
  de: { 'count-m': `${NBSP}Mio.`, 'count-bn': `${NBSP}Mrd.` },
};

/** A value with its unit, e.g. en "$592.7bn", de "592,7 Mrd. US-Dollar", en "−16.97%", de "−16,97 %". */
export function formatValue(value: number, unit: Unit, locale: Locale, options: FormatOptions = {}): string {
  const decimals = options.decimals ?? decimalsOf(value);
  const shown = options.abs ? Math.abs(value) : value;
  const sep = locale === 'de' ? NBSP : '';
  switch (unit) {
    case 'usd':
    case 'usd-m':
    case 'usd-bn':
    case 'usd-tn': {
      const n = formatNumber(Math.abs(shown), locale, decimals);
      const style = locale === 'en' ? 'en' : options.compact ? 'de-compact' : 'de';
      const money = MONEY[style][unit](n, shown);
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
    case 'count-m':
    case 'count-bn':
      return formatNumber(shown, locale, decimals) + COUNT_SCALE[locale][unit];
  }
}

/** A range in one unit, e.g. en "$60–65bn", de "60–65 Mrd. $" (compact) or "60 bis 65 Mrd. US-Dollar". */
export function formatRange(low: number, high: number, unit: Unit, locale: Locale, options: FormatOptions = {}): string {
  const whole = formatValue(high, unit, locale, options);
  const highNumber = formatNumber(Math.abs(high), locale, options.decimals ?? decimalsOf(high));
  const lowNumber = formatNumber(Math.abs(low), locale, options.decimals ?? decimalsOf(low));
  const dash = locale === 'de' && !options.compact ? ' bis ' : '\u2013';
  return whole.replace(highNumber, `${lowNumber}${dash}${highNumber}`);
}

const MONTHS_SHORT: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
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

/** A calendar date such as "27 January 2025" / "27. Januar 2025" (dates in content are UTC days), with
 *  no-break spaces: a line never breaks inside a date. */
export function formatDate(isoDay: string, locale: Locale): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(date)
    .replace(/ /g, '\u00a0');
}
