// How content/data/nvidia-price.csv rows and :::step{highlight until} attributes are read.
import { z } from 'astro/zod';
import { dayAttr, dayCell, idListAttr, numberCell, textCell } from './cells';
import type { PriceRow, PriceState } from './nvidia-price';

export const priceRow = z.object({ id: dayCell, date: dayCell, close: numberCell, source: textCell }) satisfies z.ZodType<PriceRow, unknown>;

export const priceState = z.strictObject({ highlight: idListAttr, until: dayAttr }) satisfies z.ZodType<PriceState, unknown>;
