// A section's scrolly blocks: each of its charts with the steps beside it, in reading order.
import type { SectionBlock } from './model';

export type ScrollyBlock = Extract<SectionBlock, { kind: 'scrolly' }>;

/** The blocks that draw a chart, in order (a chart stands in one block). */
export const scrollyBlocks = (blocks: readonly SectionBlock[]): ScrollyBlock[] => blocks.filter((b): b is ScrollyBlock => b.kind === 'scrolly');
