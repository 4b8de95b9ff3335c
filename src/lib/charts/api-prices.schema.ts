// How content/data/api-prices.csv rows and :::step{highlight} attributes are read.
import { z } from 'astro/zod';
import { idListAttr, numberCell, textCell } from './cells';
import type { ApiPriceRow, ApiPriceState } from './api-prices';

export const apiPriceRow = z.object({
  id: textCell,
  model: textCell,
  label_en: textCell,
  label_de: textCell,
  kind: z.enum(['input', 'output'], { message: 'must be input or output' }),
  price_usd: numberCell,
  source: textCell,
}) satisfies z.ZodType<ApiPriceRow, unknown>;

export const apiPriceState = z.strictObject({ highlight: idListAttr }) satisfies z.ZodType<ApiPriceState, unknown>;
