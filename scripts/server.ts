/**
 * The production server (`npm start`): Next.js's request handler behind a thin front.
 *
 * - A guard answers 400 for a path whose percent-encoding is broken (Next.js 16 answers such a path
 *   ending in a file extension, like `/a%ZZ.txt`, with a 500) and 414 for a request target over
 *   2,048 characters.
 * - An in-memory page cache (lib/server/page-cache.ts) answers repeated requests for static pages
 *   without running Next.js; `PAGE_CACHE_MB` sets its size (default 256, 0 turns it off).
 *
 * Bundled by `npm run build` into .next/newsroom-server.mjs (scripts/build-server.mjs).
 * usage: node .next/newsroom-server.mjs [-p PORT] [-H HOSTNAME]
 */
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { PageCache, cacheableRequest, fillHeader } from '../lib/server/page-cache';
import { checkTarget } from '../lib/server/guard';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } }, allowPositionals: true });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
// The bundle lives in <project>/.next/, the project one level up.
const dir = process.env.NEXT_PROJECT_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheMb = Number(process.env.PAGE_CACHE_MB ?? 256);
const cache = cacheMb > 0 ? new PageCache(cacheMb * 1024 * 1024) : null;

function refuse(res: http.ServerResponse, status: number, message: string) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  });
  res.end(`${message}\n`);
}

// Next is told `localhost` whatever address the server listens on: it is the name Next uses for its
// own absolute URLs, and the proxy's rewrites (every 404) are only handled in process when their
// origin matches it. Given the listening address (`-H 127.0.0.1`, or a HOSTNAME a container sets),
// Next took each 404 rewrite for an external URL, proxied it to itself and answered 500.
const app = next({ dev: false, dir, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const refusal = checkTarget(req.url ?? '/');
  if (refusal) return refuse(res, refusal.status, refusal.message);
  const own = req.headers[fillHeader] !== undefined && ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
  delete req.headers[fillHeader];
  if (cache && !own && cacheableRequest(req)) {
    if (cache.serve(req, res)) return;
    cache.fill(req, res, port).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) refuse(res, 502, 'Bad gateway');
    });
    return;
  }
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) refuse(res, 500, 'Internal server error');
  });
});
// Behind a load balancer, keep idle connections open longer than it does.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`▲ Newsroom ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
