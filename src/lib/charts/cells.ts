// Zod pieces for reading CSV cells (always strings) into typed chart rows.
import { z } from 'astro/zod';

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
