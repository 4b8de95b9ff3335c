// Browser-only promises: that the page has loaded (its load event has fired), and that its first paint has
// been shown; each kept at once if it has already. (painted is never kept in a browser that reports no paints,
// nor in a tab never shown: what waits for it must not be needed, as the charts' prefetch, charts/hydrate.ts.)
export const loaded = (): Promise<void> =>
  document.readyState === 'complete' ? Promise.resolve() : new Promise((done) => addEventListener('load', () => done(), { once: true }));
export const painted = (): Promise<unknown> => new Promise((done) => new PerformanceObserver(done).observe({ type: 'paint', buffered: true }));
