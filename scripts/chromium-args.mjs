// The flags every Chromium this project launches runs with (the browser tests, the engine walk, Lighthouse,
// the slow-network and load-trace measurements): no sandbox, which these containers cannot give it, no GPU,
// and no traffic of its own (updates, sync, background requests) to disturb what is measured.
/** @type {string[]} */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
