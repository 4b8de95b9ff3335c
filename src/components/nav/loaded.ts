// Browser-only: a promise that the page has loaded (its load event has fired), kept at once if it has already.
export const loaded = (): Promise<void> =>
  document.readyState === 'complete' ? Promise.resolve() : new Promise((done) => addEventListener('load', () => done(), { once: true }));
