// The word joiner (U+2060), which typesetting (lib/typography.ts) puts after a hyphen that must not end a line.
// In a file of its own, so that the charts' code in the browser can name it (a width estimate counts it as
// nothing; a copied embed snippet leaves it out) without the typesetting rules coming into the page's script.

/** Holds a hyphen to the letters after it: no line breaks there, and no font draws it. */
export const WORD_JOINER = '\u2060';
