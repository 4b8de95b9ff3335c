// Zod pieces for reading CSV cells (always strings) into typed chart rows.
import { z } from 'astro/zod';
import { ROW_TONES, type RowTone } from './row-bars';

/** A required text cell. */
export const textCell = z.string({ message: 'the cell is missing' }).trim().min(1, 'the cell is empty');

/** A required numeric cell: "−" or words are errors, never silently NaN or 0. */
export const numberCell = textCell
  .refine((s) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s), { message: 'must be a number, e.g. -16.97' })
  .transform(Number);

/** A step attribute listing row ids, separated by spaces or commas. */
export const idListAttr = z
  .string()
  .default('')
  .transform((s) => s.split(/[\s,]+/).filter(Boolean));

/** An optional numeric cell: empty means "no value". */
export const optionalNumberCell = z
  .string()
  .trim()
  .refine((s) => s === '' || /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s), { message: 'must be a number or empty' })
  .transform((s) => (s === '' ? undefined : Number(s)));

/** A day of the calendar written as YYYY-MM-DD (a month from 01 to 12, a day from 01 to 31). */
export const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A day written as YYYY-MM-DD. */
export const dayCell = textCell.regex(ISO_DAY, 'write the date as YYYY-MM-DD');

/** A step attribute naming a day (YYYY-MM-DD) or a year; empty: none. */
export const dayAttr = z
  .string()
  .default('')
  .refine((s) => s === '' || /^\d{4}(-\d{2}-\d{2})?$/.test(s), { message: 'write a day as YYYY-MM-DD or a year as YYYY' });

/** An optional tone cell: the colour role of a row (nvidia, deepseek, fall, rise, alt, other); empty: the
 *  chart's own rule. Which rows stand for Nvidia or DeepSeek is data, not code. */
export const toneCell = z
  .string()
  .trim()
  .refine((t) => t === '' || ROW_TONES.some((x) => x === t), { message: `must be empty or one of: ${ROW_TONES.join(', ')}` })
  .transform((t): RowTone | undefined => ROW_TONES.find((x) => x === t))
  .optional();
