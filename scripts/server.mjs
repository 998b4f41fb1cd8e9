#!/usr/bin/env node
// The production server: Next.js's own request handler behind a thin guard.
//
// Next.js 16 answers a path whose percent-encoding is broken and that ends in a file extension
// (`/a%ZZ.txt`) with a 500, before any of the app's code runs. Such a request cannot name anything
// on this site, so the guard answers 400 itself; everything else goes to Next.js unchanged.
//
// usage: node scripts/server.mjs [-p PORT] [-H HOSTNAME]     (PORT and HOSTNAME from the
// environment work too; defaults 3000 and 0.0.0.0)
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import next from 'next';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  allowPositionals: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const dir = process.env.NEXT_PROJECT_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Longest request target accepted (longer ones get 414): well above any real URL of the site, and it
 * keeps redirects that repeat the target (Location, Refresh) far below header size limits. */
const maxTargetLength = 2048;

/** A request target whose path decodes (the query is decoded leniently by Next.js itself). */
export function wellFormed(target) {
  const pathname = target.split('?', 1)[0];
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function refuse(res, status, message) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  });
  res.end(`${message}\n`);
}

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const target = req.url ?? '/';
  if (target.length > maxTargetLength) return refuse(res, 414, 'URI too long');
  if (!wellFormed(target)) return refuse(res, 400, 'Bad request: the address contains broken percent-encoding.');
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) refuse(res, 500, 'Internal server error');
  });
});
// Behind a load balancer, keep idle connections open longer than it does.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`▲ Newsroom ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
