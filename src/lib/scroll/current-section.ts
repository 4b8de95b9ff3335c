// Where the reader is: the last section whose top has passed a line near the top of the viewport, and
// how far through the page they are. Pure, so the header, the language switch and tests agree.

/** Index of the current section (-1 above the first), from the sections' tops relative to the viewport. */
export function currentSection(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}

/** Reading progress from 0 to 1. */
export function readingProgress(scrollY: number, scrollHeight: number, viewportHeight: number): number {
  const max = scrollHeight - viewportHeight;
  return max <= 0 ? 1 : Math.min(1, Math.max(0, scrollY / max));
}

/** The other language's page at the same place: its path plus the id of the step or section in view. */
export function sameplaceHref(otherPath: string, placeId: string | undefined): string {
  return otherPath.split('#')[0] + (placeId ? `#${placeId}` : '');
}
