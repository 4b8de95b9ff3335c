// The messages between an embed page in an iframe and the page around it: the frame reports its content's
// height; the host asks for a new report when it may have missed the first.
export const HEIGHT_MESSAGE = 'deepseek-shock:height';
export const MEASURE_MESSAGE = 'deepseek-shock:measure';
