// The ids of a chart's title and description in a page, which its drawing names (aria-labelledby,
// aria-describedby). "-chart-" keeps them apart from its section's own ids: a chart may share its section's id
// (market-moves), and the section's heading is `${section.id}-title`.
export const chartTitleId = (chart: string): string => `${chart}-chart-title`;
export const chartDescId = (chart: string): string => `${chart}-chart-desc`;
