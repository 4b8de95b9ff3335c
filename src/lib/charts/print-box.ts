// The box a chart's printout is drawn in (build time), which the page then scales to its column, at most 10 cm
// high (styles/print.css): wider than high, so that a printed chart takes the column's width (drawn in the
// screen's fallback box, 420x460, it had printed about 9 cm wide in a column of 15); the squares' as high as
// they are (printBox).
import type { ChartDrawing } from '../content/model';
import { printBox } from './squares';

/** The printout's box of a row or line chart. */
export const PRINT_BOX = { width: 640, height: 440 };

/** The box a chart's printout is drawn in. */
export function printBoxOf(drawing: ChartDrawing): { width: number; height: number } {
  return drawing.kind === 'squares' && drawing.printLayout ? printBox(drawing.printLayout) : PRINT_BOX;
}
