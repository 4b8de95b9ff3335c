// How content/data/record-losses.csv rows and :::step{highlight until} attributes are read.
import { z } from 'astro/zod';
import { dayAttr, dayCell, idListAttr, numberCell, textCell, toneCell } from './cells';
import type { RecordLossRow, RecordLossState } from './record-losses';

export const recordLossRow = z.object({
  id: textCell,
  company: textCell,
  label_en: textCell,
  label_de: textCell,
  date: dayCell,
  loss_usd_bn: numberCell,
  tone: toneCell,
  source: textCell,
}) satisfies z.ZodType<RecordLossRow, unknown>;

export const recordLossState = z.strictObject({ highlight: idListAttr, until: dayAttr }) satisfies z.ZodType<RecordLossState, unknown>;
