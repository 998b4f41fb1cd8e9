/**
 * The production server (`npm start`): Next.js's documented custom server, with one thing in front
 * of Next's request handler: the request guard (lib/server/guard.ts), which refuses what Next
 * itself would answer with a 500 or act on. Caching is Next's own (next.config.ts) and, in
 * production, nginx's or a CDN's in front (docs/deploy.md).
 *
 * It refuses to start without the content index, and when `SITE_URL` is set to another address
 * than the one the site was built for (canonical URLs, feeds and the sitemap carry the build's).
 *
 * Bundled by `npm run build` into .next/newsroom-server.mjs (scripts/build-server.mjs).
 * usage: node .next/newsroom-server.mjs [-p PORT] [-H HOSTNAME]
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import next from 'next';
import { refuseRequest } from '../lib/server/guard';
import { securityHeaders } from '../lib/security/headers';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  allowPositionals: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
// The bundle lives in <project>/.next/, the project one level up.
const dir = process.env.NEXT_PROJECT_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fatal(message: string): never {
  console.error(`newsroom server: ${message}`);
  process.exit(1);
}

const builtFiles = ['.contentlayer/newsroom/index.json', '.next/BUILD_ID', '.next/newsroom-build.json'];
if (!builtFiles.every((f) => existsSync(path.join(dir, f)))) {
  fatal(`no built site in ${dir} (the content index or the Next.js build is missing): run \`npm run build\` first.`);
}
const built = JSON.parse(readFileSync(path.join(dir, '.next/newsroom-build.json'), 'utf8')) as { siteUrl: string };
if (process.env.SITE_URL && process.env.SITE_URL.replace(/\/+$/, '') !== built.siteUrl) {
  fatal(
    `SITE_URL is ${process.env.SITE_URL}, but the site was built for ${built.siteUrl}: build again with SITE_URL=${process.env.SITE_URL}.`,
  );
}

// In the standalone folder there is no next.config.ts: the configuration is the one the build recorded,
// handed to Next as its own standalone server.js does.
const hasConfig = ['next.config.ts', 'next.config.mjs', 'next.config.js'].some((f) => existsSync(path.join(dir, f)));
const recorded = path.join(dir, '.next/required-server-files.json');
const conf =
  !hasConfig && existsSync(recorded)
    ? (JSON.parse(readFileSync(recorded, 'utf8')) as { config: Record<string, unknown> }).config
    : undefined;
if (conf) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
const app = next({ dev: false, dir, hostname: 'localhost', port, ...(conf ? { conf } : {}) });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const refusal = refuseRequest(req.method, req.url, req.headers);
  if (refusal) {
    // The request is answered here: whatever body it sent is not read, so the connection closes.
    res.writeHead(refusal.status, {
      ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
      // Plain text with nothing to load, run or frame.
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      ...refusal.headers,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'close',
    });
    res.end(`${refusal.message}\n`);
    return;
  }
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) {
      res.writeHead(500, {
        ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
        'Content-Type': 'text/plain; charset=utf-8',
      });
      res.end('Internal server error\n');
    }
  });
});
// Behind a load balancer, keep idle connections open longer than it does.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () =>
  console.log(`▲ Newsroom ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (built for ${built.siteUrl})`),
);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
