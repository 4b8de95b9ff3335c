// How content/data/cost-vs-capex.csv rows and :::step{show highlight} attributes are read.
import { z } from 'astro/zod';
import { idListAttr, numberCell, optionalNumberCell, textCell, toneCell } from './cells';
import type { CapexRow, CapexState } from './cost-vs-capex';

export const capexRow = z.object({
  id: textCell,
  label_en: textCell,
  label_de: textCell,
  amount_usd: numberCell,
  amount_low_usd: optionalNumberCell,
  period_en: textCell,
  period_de: textCell,
  tone: toneCell,
  source: textCell,
}) satisfies z.ZodType<CapexRow, unknown>;

export const capexState = z.strictObject({ show: idListAttr, highlight: idListAttr }) satisfies z.ZodType<CapexState, unknown>;
