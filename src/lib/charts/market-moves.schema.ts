// How content/data/market-moves.csv rows and the section's :::step{highlight="..."} attributes are read.
// Kept apart from the layout so that the browser bundle never loads zod.
import { z } from 'astro/zod';
import { idListAttr, numberCell, textCell, toneCell } from './cells';
import { GROUPS, type MarketMoveRow, type MarketMoveState } from './market-moves';

export const marketMoveRow = z.object({
  id: textCell,
  label_en: textCell,
  label_de: textCell,
  group: z.enum(GROUPS, { message: `must be one of: ${GROUPS.join(', ')}` }),
  symbol: textCell,
  change_pct: numberCell,
  tone: toneCell,
  source: textCell,
}) satisfies z.ZodType<MarketMoveRow, unknown>;

export const marketMoveState = z.strictObject({
  highlight: idListAttr,
}) satisfies z.ZodType<MarketMoveState, unknown>;
