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

/** The trigger line as a fraction of the viewport height, read from CSS (--scrolly-trigger), 0.5 by default. */
export function parseTrigger(cssValue: string): number {
  const n = Number.parseFloat(cssValue);
  return Number.isFinite(n) && n > 0 && n < 1 ? n : 0.5;
}
