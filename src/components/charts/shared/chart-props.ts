// The props every chart island takes.
export interface ChartProps<Layout> {
  /** REQUIRED. What to draw at each step, index 0 = step 1 (computed at build time by lib/charts/). */
  layouts: Layout[];
  /** Id of the element that names the chart. */
  labelledBy?: string;
  /** Id of the element that describes the chart. */
  describedBy?: string;
}
