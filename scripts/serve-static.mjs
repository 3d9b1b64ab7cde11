// A tiny static file server for tests and the benchmark: serves a folder on 127.0.0.1 with the
// right MIME types (application/wasm for streaming compilation) and gzip when the client asks.
// Usage: node scripts/serve-static.mjs <dir> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` on `port` (0 picks a free one); resolves to the listening server. `headers`
 * are sent with every page (`.html`), as a host's configuration would (e.g. a CSP). For tests
 * that cannot intercept the browser's requests (e2e/engines.mjs): `fail(pathname)`, when true,
 * drops the connection as a lost network would; `probe`, a script's text, is served as
 * `/__probe.js` and loaded by each page before its own scripts (same origin: a strict CSP
 * allows it). */
export function serve(dir, port = 0, { gzip = true, headers: pageHeaders = {}, fail = () => false, probe = null } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      if (fail(url.pathname)) { req.socket.destroy(); return; }
      if (probe !== null && url.pathname === '/__probe.js') {
        res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' }).end(probe);
        return;
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw new Error('outside root');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      if (probe !== null && extname(path) === '.html') {
        body = Buffer.from(String(body).replace(/<head>/i, '$&<script src="/__probe.js"></script>'));
      }
      const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (extname(path) === '.html') Object.assign(headers, pageHeaders);
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}/`);
}
