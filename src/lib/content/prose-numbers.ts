// Finds figures typed straight into prose. Every figure must be cited from content/facts.yaml as :fact[id],
// so that text and charts cannot disagree. Years, days of the month and names that contain digits are fine;
// a number with letters stuck to it ("$593bn", "10x", "1tn") is still a figure.

/** Names that contain a number. Extend when a new one appears in the story. */
export const NUMERIC_NAMES = ['S&P 500', 'Nasdaq 100', 'Stoxx 600', 'STOXX 600', 'GPT-4o', 'DAX 40'];

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember';

const NUMBER = /(?<![\p{L}\p{N}_])[$€£]?\d+(?:[.,]\d+)*\p{L}*(?![\p{N}_])/gu;
const DAY_BEFORE_MONTH = new RegExp(`^\\.?\\s+(?:${MONTHS})\\b`, 'u');
const MONTH_BEFORE_DAY = new RegExp(`\\b(?:${MONTHS})\\s+$`, 'u');

function isAllowed(token: string, before: string, after: string): boolean {
  if (/^(19|20)\d\d$/.test(token)) return true; // a year
  const day = /^(\d{1,2})(st|nd|rd|th)?$/.exec(token);
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) {
    if (DAY_BEFORE_MONTH.test(after) || MONTH_BEFORE_DAY.test(before)) return true; // a date
  }
  return false;
}

/** The numbers in a piece of prose that should have been facts. */
export function typedNumbers(text: string): string[] {
  let clean = text;
  for (const name of NUMERIC_NAMES) clean = clean.split(name).join(' '.repeat(name.length));
  const found: string[] = [];
  for (const m of clean.matchAll(NUMBER)) {
    const token = m[0];
    const at = m.index ?? 0;
    if (!isAllowed(token, clean.slice(0, at), clean.slice(at + token.length))) found.push(token);
  }
  return found;
}
