// The ids of the pages' own parts, and the id a section gives its heading. A section's id names its <section>
// and its heading (<id>-title), so a section called "methodology" would give its heading the id of the
// colophon's methodology heading, and a link to either would land on the first: the content check refuses such
// an id (content/sections.ts), and a chart named as one of these (content/shared.ts: the embed index names each
// of its sections by its chart). Two browser scripts write theirs out, as a constant
// from here had cost the story page's script 21 bytes: components/nav/announce.ts (the announcer) and
// components/nav/receipts.ts (the receipt's title).

/** BaseLayout: the skip link's target, and the live region that announces to screen readers. */
export const MAIN_ID = 'main';
export const ANNOUNCER_ID = 'announcer';
/** SourcesIndex: the corrections' heading, the colophon's and its two notes'. */
export const CORRECTIONS_ID = 'corrections';
export const COLOPHON_TITLE_ID = 'colophon-title';
export const METHODOLOGY_TITLE_ID = 'methodology-title';
export const CREDITS_TITLE_ID = 'credits-title';
/** StoryPage: a figure's receipt, its title and the hint every figure is described by. */
export const RECEIPT_ID = 'receipt';
export const RECEIPT_TITLE_ID = 'receipt-title';
export const RECEIPT_HINT_ID = 'receipt-hint';
/** Deck: the presentation's title slide. */
export const START_ID = 'start';

/** Every id above: none may be a section's or its heading's, nor a chart's (the embed index names each of its
 *  sections by its chart). */
export const PAGE_IDS: readonly string[] = [
  MAIN_ID,
  ANNOUNCER_ID,
  CORRECTIONS_ID,
  COLOPHON_TITLE_ID,
  METHODOLOGY_TITLE_ID,
  CREDITS_TITLE_ID,
  RECEIPT_ID,
  RECEIPT_TITLE_ID,
  RECEIPT_HINT_ID,
  START_ID,
];

/** The id of a section's heading, which names the section (aria-labelledby). */
export const sectionTitleId = (sectionId: string): string => `${sectionId}-title`;
