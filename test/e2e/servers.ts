// The two servers the browser tests run against, which playwright.config.ts starts: the built site at the root
// (dist, built for PORT: npm run build:test) and the build under a base path (dist-base: npm run build:base,
// which builds for BASE_PATH). package.json's two scripts write the port and the path out, and must match.
export const PORT = 4601;
export const BASE_PORT = 4602;
export const BASE_PATH = '/story/';
/** The English story page under the base path. */
export const UNDER_BASE_PATH = `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`;
