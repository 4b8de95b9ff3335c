// How content/data/value-lost.csv rows and :::step{show highlight} attributes are read.
import { z } from 'astro/zod';
import { idListAttr, numberCell, textCell, toneCell } from './cells';
import { KINDS, type ValueLostRow, type ValueLostState } from './value-lost';

export const valueLostRow = z.object({
  id: textCell,
  label_en: textCell,
  label_de: textCell,
  loss_usd_bn: numberCell,
  kind: z.enum(KINDS, { message: `must be one of: ${KINDS.join(', ')}` }),
  corrects: z.string().trim(),
  tone: toneCell,
  source: textCell,
}) satisfies z.ZodType<ValueLostRow, unknown>;

export const valueLostState = z.strictObject({ show: idListAttr, highlight: idListAttr }) satisfies z.ZodType<ValueLostState, unknown>;
