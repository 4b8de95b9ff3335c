// The box a chart is drawn in until its island has measured its own (the server's drawing, a page without
// scripts, an embed's first paint) and the one a row or line chart's printout is drawn in (print-box.ts).
// The charts' components start from it, so one box serves both and the printout compresses against the screen's copy.

/** 420x460 px: a phone's chart, about 9 cm wide in a printed column of 15. */
export const FALLBACK_BOX = { width: 420, height: 460 };
