// The box a chart is drawn in until its island has measured its own (the server's drawing, a page without
// scripts, an embed's first paint) and the one a row or line chart's printout is drawn in (print-box.ts). The
// charts' components start from it: one box serves both, and the printout compresses against the screen's copy.

/** 420x460 px: a phone's chart, about 9 cm wide in a printed column of 15; wider than a phone's box (row-bars.ts'
 *  PHONE_BOX), so that a desktop's chart does not show a phone's layout before its island has measured it. Shared
 *  by every chart, so never written to: a component replaces its size, it does not change this one. */
export const FALLBACK_BOX: Readonly<{ width: number; height: number }> = { width: 420, height: 460 };
