import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeSandbox } from '../support/sandbox';

/**
 * The production server as an attacker meets it: raw HTTP on one connection (no client library to
 * tidy requests up), hostile methods and headers, junk addresses. Against the suite's built server.
 */
const port = Number(process.env.E2E_PORT || 3100);

type Reply = { status: number; headers: string; body: string };

/** Writes raw bytes on one connection and collects every response until the server closes it (or `ms` pass). */
/** Sends `raw` on one connection; resolves with the replies, and whether the server closed it (not our timeout). */
function exchange(raw: string, ms = 4000): Promise<Reply[] & { closedByServer?: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    let timedOut = false;
    const done = () => {
      socket.destroy();
      const replies: Reply[] = [];
      for (const part of data.split(/(?=HTTP\/1\.1 \d{3} )/)) {
        const m = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(part);
        if (m) replies.push({ status: Number(m[1]), headers: m[2]!, body: m[3]! });
      }
      resolve(Object.assign(replies, { closedByServer: !timedOut }));
    };
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('close', done);
    socket.on('error', done);
    socket.setTimeout(ms, () => {
      timedOut = true;
      done();
    });
    socket.write(raw);
  });
}

const get = (target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept-Language: fr\r\n${extra}\r\n`;
const lang = (body: string) => /<html[^>]*\slang="([^"]+)"/.exec(body)?.[1];
const title = (body: string) => /<title>([^<]*)<\/title>/.exec(body)?.[1];

test.describe('requests that try to reach the next reader', () => {
  test('a GET declaring a body is refused, and what it smuggled is never served', async ({ request }) => {
    const smuggled = get('/en');
    const replies = await exchange(
      `GET /fr/about HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${smuggled.length}\r\n\r\n${smuggled}`,
    );
    expect(replies.map((r) => r.status)).toEqual([400]);
    // The clean follow-ups, on new connections and through a client, get their own pages.
    for (let i = 0; i < 3; i++) {
      const about = await request.get('/fr/about');
      expect(about.status()).toBe(200);
      expect(lang(await about.text())).toBe('fr');
    }
  });

  test('a Content-Length without its body, then a second request on the connection, changes nothing', async ({ request }) => {
    const replies = await exchange(`GET /el/about HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n`, 2000);
    expect(replies.map((r) => r.status)).toEqual([400]);
    const before = await (await request.get('/de/news')).text();
    await exchange(`${get('/de/news', 'Content-Length: 5\r\n')}hello${get('/en')}`);
    const after = await (await request.get('/de/news')).text();
    expect(lang(after)).toBe('de');
    expect(title(after)).toBe(title(before));
  });

  test('a GET with a large body is refused at once, and the next reader is served', async ({ request }) => {
    const replies = await exchange(`GET /en HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n${'x'.repeat(1000)}`, 30_000);
    expect(replies.map((r) => r.status)).toEqual([400]);
    expect(replies.closedByServer, 'the server closed the connection (it did not wait for the 10 MB)').toBe(true);
    expect((await request.get('/en')).status()).toBe(200);
  });

  test('pipelined plain requests are answered in order, each with its own page', async () => {
    const replies = await exchange(get('/fr/about') + get('/en/about') + get('/de/about'));
    expect(replies.map((r) => [r.status, lang(r.body)])).toEqual([
      [200, 'fr'],
      [200, 'en'],
      [200, 'de'],
    ]);
  });
});

test.describe('odd methods and headers never cause a server error', () => {
  for (const method of ['TRACE', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
    test(`${method} answers 405 with Allow and the security headers`, async () => {
      const [reply] = await exchange(`${method} /fr/news HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n`);
      expect(reply?.status).toBe(405);
      expect(reply?.headers).toMatch(/^Allow: GET, HEAD$/im);
      expect(reply?.headers).toMatch(/^Content-Security-Policy: .*frame-ancestors 'none'/im);
      expect(reply?.headers).toMatch(/^X-Content-Type-Options: nosniff$/im);
    });
  }

  test('a method HTTP does not know is refused by the HTTP parser with 400, not a server error', async () => {
    const [reply] = await exchange(`FOO /fr/news HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(reply?.status).toBe(400);
  });

  test('a Trailer header, odd Accept-Encoding and an over-long target are handled', async ({ request }) => {
    const [trailer] = await exchange(get('/fr/news/page/2', 'Trailer: x\r\nConnection: close\r\n'));
    expect(trailer?.status).toBe(200);
    expect((await request.get('/fr/news', { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0, identity' } })).status()).toBe(200);
    const [long] = await exchange(`GET /en/news/${'a'.repeat(3000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(long?.status).toBe(414);
    expect(long?.headers).toMatch(/^Strict-Transport-Security: /im);
  });

  test('errors carry the security headers too (400, 404)', async ({ request }) => {
    for (const [target, status] of [
      ['/%ZZ.txt', 400],
      ['/fr/news/no-such-story', 404],
      ['/xx/news', 404],
      ['/x.txt', 404],
    ] as const) {
      const res = await request.get(target, { maxRedirects: 0 });
      expect(res.status(), target).toBe(status);
      expect(res.headers()['content-security-policy'], target).toContain("frame-ancestors 'none'");
      expect(res.headers()['x-frame-options'], target).toBe('DENY');
    }
  });
});

/** Total size of the files under `dir`, in bytes. */
function sizeOf(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? sizeOf(p) : statSync(p).size;
  }
  return total;
}

test('150 junk addresses answer 404 and write (almost) nothing to disk', async ({ request }) => {
  const junk = Array.from({ length: 150 }, (_, i) => {
    const kinds = [
      `/en/news/zz${i}.png`,
      `/x${i}.txt`,
      `/.env${i}`,
      `/fr/news/page/${900 + i}`,
      `/de/wp-admin${i}.php`,
      `/el/news/category/c${i}`,
      `/_next/image?url=%2Fimages%2Fnews%2Fmissing${i}.jpg&w=640&q=75`,
    ];
    return kinds[i % kinds.length]!;
  });
  const before = sizeOf('.next');
  for (let i = 0; i < junk.length; i += 10) {
    const statuses = await Promise.all(junk.slice(i, i + 10).map(async (j) => (await request.get(j, { maxRedirects: 0 })).status()));
    for (const [k, s] of statuses.entries()) expect([400, 404], junk[i + k]).toContain(s);
  }
  const grown = sizeOf('.next') - before;
  expect(grown, `${grown} bytes written`).toBeLessThan(1024 * 1024);
});

test.describe('a server that cannot serve the site does not start', () => {
  test.describe.configure({ timeout: 120_000 }); // starting Node and Next on a busy machine

  test('without a built site it refuses, saying to run the build', () => {
    const sandbox = makeSandbox(['package.json', 'next.config.ts', 'lib']);
    try {
      const r = spawnSync(process.execPath, [path.resolve('.next/newsroom-server.mjs'), '-p', '3190'], {
        env: { ...process.env, NEXT_PROJECT_DIR: sandbox.dir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/no built site .* run `npm run build` first/);
    } finally {
      sandbox.remove();
    }
  });

  test('with another SITE_URL than the build’s it refuses, saying which', () => {
    const r = spawnSync(process.execPath, ['.next/newsroom-server.mjs', '-p', '3191'], {
      env: { ...process.env, SITE_URL: 'https://elsewhere.example' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/SITE_URL is https:\/\/elsewhere\.example, but the site was built for http:\/\/localhost:\d+/);
  });

  test('a production build without SITE_URL fails before doing anything, saying how to set it', () => {
    const env = { ...process.env };
    delete env.SITE_URL;
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--plan'], {
      env: { ...env, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/SITE_URL is not set[\s\S]*SITE_URL=https:\/\/news\.example\.org npm run build/);
  });
});
