// The pages' Content Security Policy admits no inline script or style but those it names by hash: this gives
// the hash of one, for Astro's CSP runtime API (Astro.csp.insertScriptHash / insertStyleHash).
import { createHash } from 'node:crypto';

export const sha256 = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text).digest('base64')}`;
