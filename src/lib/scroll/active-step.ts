// Which step of a scrolly section is active, derived from where the steps are on screen (never from a chain
// of enter/exit events), so a deep link, a reload, a fast flick or a resize all land on the same state.

/** The last step whose top is at or above the trigger line; step 1 while the reader is above the first step. */
export function activeStep(stepTops: readonly number[], triggerY: number): number {
  let active = 1;
  stepTops.forEach((top, i) => {
    if (top <= triggerY) active = i + 1;
  });
  return active;
}

/** Where a step's top goes back to, relative to the trigger line, when the page is laid out anew (a phone
 *  turned, a window made narrower): where it was (offset, at or above the line), but at least 1 px above the
 *  line, so that it stays active, and no further above than half its new height, so that the next step does not
 *  take over. */
export function heldOffset(offset: number, height: number): number {
  return Math.min(-1, Math.max(offset, -height / 2));
}

/** The trigger line as a fraction of the viewport height, read from CSS (--scrolly-trigger), 0.5 by default. */
export function parseTrigger(cssValue: string): number {
  const n = Number.parseFloat(cssValue);
  return Number.isFinite(n) && n > 0 && n < 1 ? n : 0.5;
}
