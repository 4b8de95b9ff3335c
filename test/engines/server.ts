// The built site for the engine walk, on a free port of 127.0.0.1: every HTML page gets the walk's probe
// (probe.js) as the first script of its <head>, as an external file, so that the page's own security
// policy applies to it as to the site's scripts. Nothing else differs from scripts/serve.mjs.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
};
const PROBE = readFileSync(join(import.meta.dirname, 'probe.js'));

function fileFor(root: string, pathname: string): string | undefined {
  const path = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return undefined;
}

/** Serves `dir`; resolves with the server and its address once it listens. */
export function serveWithProbe(dir: string): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/__probe.js') return res.writeHead(200, { 'content-type': TYPES['.js']! }).end(PROBE);
    const file = fileFor(root, pathname);
    if (!file) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    if (type.startsWith('text/html')) body = body.toString('utf8').replace('<head>', '<head><script src="/__probe.js"></script>');
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}
