// The headers file for static hosts: each page's own policy from its <meta>, frame-ancestors by kind of page.
import { describe, expect, it } from 'vitest';
import { headersFile, isEmbed, metaPolicy } from '../../src/lib/security-headers';

const page = (path: string, policy?: string) => ({
  path,
  html: `<html><head>${policy ? `<meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}">` : ''}</head></html>`,
});

describe('security headers', () => {
  it.each([
    ['/embed/margins/', '/', true],
    ['/de/embed/margins/', '/', true],
    ['/story/embed/margins/', '/story/', true],
    ['/embed/', '/', false],
    ['/de/', '/', false],
    ['/teach/', '/', false],
    ['/embed/margins/', '/story/', false],
  ])('%s under base %s is an embed page: %s', (path, base, embed) => expect(isEmbed(path, base)).toBe(embed));

  it('reads the policy of a page, entities and all', () => {
    expect(metaPolicy(page('/', "script-src 'self' 'sha256-a'").html)).toBe("script-src 'self' 'sha256-a'");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  it('gives every page its own policy with frame-ancestors, and every file nosniff and a referrer policy', () => {
    const file = headersFile([page('/embed/x/', "script-src 'self';style-src 'self' 'sha256-b';"), page('/', "script-src 'self' 'sha256-a';")]);
    expect(file).toBe(
      [
        '/*',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '',
        '/',
        "  Content-Security-Policy: script-src 'self' 'sha256-a'; frame-ancestors 'none'",
        '',
        '/embed/x/',
        "  Content-Security-Policy: script-src 'self'; style-src 'self' 'sha256-b'; frame-ancestors *",
        '',
      ].join('\n'),
    );
  });

  it('refuses a page without a policy', () => {
    expect(() => headersFile([page('/teach/')])).toThrow('/teach/ has no Content-Security-Policy');
  });
});
