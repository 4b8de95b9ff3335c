// The box a chart's printout is drawn in (build time), which the page then scales to its column, at most 10 cm
// high (styles/print.css). The squares' is as high as they are (printBox). Row and line charts print in the
// screen's fallback box (FALLBACK_BOX, 420x460), about 9 cm wide in a column of 15: a box wider than high
// (640x440) printed them across the column, but their printouts then no longer compressed against the screen's
// copies, drawn in the same box, and every reader's story page grew by 2.2 KB gzipped (the German one to 59.3
// of its 60 KB).
import type { ChartDrawing } from '../content/model';
import { FALLBACK_BOX } from './fallback-box';
import { printBox } from './squares';

/** The box a chart's printout is drawn in. */
export function printBoxOf(drawing: ChartDrawing): { width: number; height: number } {
  return drawing.kind === 'squares' && drawing.printLayout ? printBox(drawing.printLayout) : FALLBACK_BOX;
}
