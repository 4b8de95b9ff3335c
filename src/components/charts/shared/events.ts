// The event that tells a chart island its figure's step changed (data-chart-step was written).
export const CHART_STEP_EVENT = 'chartstep';
