// How content/data/margins.csv rows and :::step{highlight until} attributes are read.
import { z } from 'astro/zod';
import { dayAttr, ISO_DAY, numberCell, idListAttr, textCell } from './cells';
import type { MarginRow, MarginState } from './margins';

export const marginRow = z.object({
  id: textCell,
  company: textCell,
  fiscal_year: numberCell.refine((n) => Number.isInteger(n), 'must be a year'),
  fiscal_year_end: z.string().trim(),
  period: textCell,
  revenue_usd: numberCell,
  net_income_usd: numberCell,
  net_margin_pct: numberCell,
  source: textCell,
})
  // a row of the last four quarters is named by the day they end ("year to Oct 2024")
  .refine((r) => r.period === 'year' || ISO_DAY.test(r.fiscal_year_end), {
    path: ['fiscal_year_end'],
    message: 'a row that is not a whole year needs the day its last quarter ended, as YYYY-MM-DD',
  }) satisfies z.ZodType<MarginRow, unknown>;

export const marginState = z.strictObject({ highlight: idListAttr, until: dayAttr }) satisfies z.ZodType<MarginState, unknown>;
