// A minimal static file server for the built site, used by the end-to-end tests, the engine walk and benchmarks:
//   node scripts/serve.mjs <dir> <port> [base]   e.g. node scripts/serve.mjs dist-base 4322 /story/
// Serves <dir> under the base path, folder URLs from their index.html, gzipped when the client accepts
// it, with long caching for hashed assets and with the headers of <dir>/_headers (the security policy), as a
// production host would; binds to 127.0.0.1 only. serveSite() does the same from code, and can add one
// script of the caller's to every page (the engine walk's probe, test/engines).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `dir` under `base` on 127.0.0.1 (port 0: any free port); resolves once it listens.
 * @param {{ dir: string, port?: number, base?: string, inject?: { path: string, body: Buffer } }} options
 *   inject: a script served at `path` and loaded first in every page's <head>, as an external file, so that
 *   the page's security policy applies to it as to the site's own scripts
 * @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
export function serveSite({ dir, port = 0, base = '/', inject }) {
  const root = resolve(dir);

  // _headers: a path ("/de/", or "/story/*" for everything below) and its "Name: value" lines, indented
  const rules = [];
  if (existsSync(join(root, '_headers')))
    for (const line of readFileSync(join(root, '_headers'), 'utf8').split('\n')) {
      if (/^\S/.test(line)) rules.push({ path: line.trim(), headers: {} });
      else if (line.trim() && rules.length) {
        const at = line.indexOf(':');
        rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
      }
    }
  const headersFor = (path) =>
    Object.assign({}, ...rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : r.path === path)).map((r) => r.headers));

  function fileFor(urlPath) {
    if (!urlPath.startsWith(base)) return undefined;
    const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
    const path = join(root, rel);
    if (!path.startsWith(root)) return undefined;
    try {
      const stat = statSync(path);
      if (stat.isFile()) return path;
      if (stat.isDirectory()) {
        const index = join(path, 'index.html');
        if (statSync(index).isFile()) return index;
      }
    } catch {}
    return undefined;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (inject && url.pathname === inject.path) return res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache' }).end(inject.body);
    if (url.pathname === base.replace(/\/$/, '')) {
      res.writeHead(301, { location: base });
      return res.end();
    }
    const file = fileFor(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // PNG and woff2 are compressed already
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !/^image\/png|^font\/woff2/.test(type);
    res.writeHead(200, {
      ...headersFor(url.pathname),
      'content-type': type,
      'cache-control': url.pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(inject && type.startsWith('text/html') ? injected(file, gzip) : bodyFor(file, gzip));
  });

  // a file's body as sent, gzipped once and then kept (until the file changes): the browser tests load the
  // same pages hundreds of times, and compressing each anew cost the machine they share
  const bodies = new Map();
  function bodyFor(file, gzip) {
    const { mtimeMs, size } = statSync(file);
    const key = `${gzip}:${file}`;
    const kept = bodies.get(key);
    if (kept?.mtimeMs === mtimeMs && kept.size === size) return kept.body;
    const body = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
    bodies.set(key, { mtimeMs, size, body });
    return body;
  }
  function injected(file, gzip) {
    const html = Buffer.from(readFileSync(file, 'utf8').replace('<head>', `<head><script src="${inject.path}"></script>`));
    return gzip ? gzipSync(html) : html;
  }
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  const { origin } = await serveSite({ dir, port: Number(port), base });
  console.log(`serving ${resolve(dir)} at ${origin}${base}`);
}
