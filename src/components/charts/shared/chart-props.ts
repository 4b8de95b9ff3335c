// The props every chart island takes.
export interface ChartProps<Layout> {
  /** REQUIRED. What to draw at each step, index 0 = step 1 (computed at build time by lib/charts/). */
  layouts: Layout[];
  /** Id of the element that names the chart. */
  labelledBy?: string;
  /** Id of the element that describes the chart. */
  describedBy?: string;
  /** The box to draw in until the chart is measured: a printout's copy, never measured, is drawn in the box
   *  lib/charts/print-box.ts gives it; else the screen's fallback, 420x460. */
  box?: { width: number; height: number };
}
