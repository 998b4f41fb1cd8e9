import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, serialize } from 'parse5';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import { maxTargetLength, refuseRequest } from '@/lib/server/guard';
import { withoutScripts } from '@/lib/server/script-free.mjs';
import NewsroomCache, { publishedBetween } from '@/lib/server/cache-handler.mjs';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/pages', `${name}.html`), 'utf8');

describe('request guard', () => {
  it('lets plain GET and HEAD requests through', () => {
    expect(refuseRequest('GET', '/fr/news?q=1', {})).toBeNull();
    expect(refuseRequest('HEAD', '/', { 'content-length': '0' })).toBeNull();
  });

  it('answers 405 with Allow for every other method', () => {
    for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'CONNECT', 'PROPFIND', 'FOO']) {
      expect(refuseRequest(method, '/en', {}), method).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
    }
  });

  it('refuses a GET or HEAD that carries a body', () => {
    expect(refuseRequest('GET', '/en', { 'content-length': '5' })).toMatchObject({ status: 400 });
    expect(refuseRequest('HEAD', '/en', { 'transfer-encoding': 'chunked' })).toMatchObject({ status: 400 });
  });

  it('refuses over-long targets and broken percent-encoding', () => {
    expect(refuseRequest('GET', `/${'a'.repeat(maxTargetLength)}`, {})).toMatchObject({ status: 414 });
    for (const target of ['/%ZZ', '/a%ZZ.txt', '/en/news/%E0%A4%A', '/%'])
      expect(refuseRequest('GET', target, {}), target).toMatchObject({ status: 400 });
    // only the path is decoded: a query is the page's business
    expect(refuseRequest('GET', '/en/search?q=%ZZ', {})).toBeNull();
  });
});

/** The document as a DOM, serialized, without the nodes `drop` selects (for comparing the rest). */
function domWithout(html: string, drop: (node: { nodeName: string; attrs?: { name: string; value: string }[] }) => boolean): string {
  const doc = parse(html);
  const walk = (node: { childNodes?: unknown[] }) => {
    if (!node.childNodes) return;
    node.childNodes = node.childNodes.filter((c) => !drop(c as never));
    for (const c of node.childNodes) walk(c as never);
    if ((node as { content?: { childNodes?: unknown[] } }).content) walk((node as { content: { childNodes?: unknown[] } }).content);
  };
  walk(doc as never);
  return serialize(doc);
}

const attr = (node: { attrs?: { name: string; value: string }[] }, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const isFrameworkScript = (n: { nodeName: string; attrs?: { name: string; value: string }[] }) =>
  (n.nodeName === 'script' && attr(n, 'type') !== 'application/ld+json') ||
  (n.nodeName === 'link' && (attr(n, 'rel') === 'modulepreload' || (attr(n, 'rel') === 'preload' && attr(n, 'as') === 'script')));

describe('pages without an island ship no scripts (real pages of the pinned Next.js)', () => {
  for (const name of ['article', 'home', 'not-found']) {
    it(`${name}: every script goes, JSON-LD stays, and nothing else changes`, () => {
      const html = fixture(name);
      expect(html).toMatch(/<script[^>]*src="\/_next\/static\//);
      const out = withoutScripts(html);
      const scripts = [...out.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(
        scripts.every((s) => s.includes('type="application/ld+json"')),
        scripts.join('\n'),
      ).toBe(true);
      expect(out).not.toMatch(/rel="modulepreload"|as="script"|self\.__next_f/);
      // JSON-LD is kept byte for byte
      const ld = (h: string) => [...h.matchAll(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g)].map((m) => m[0]);
      expect(ld(out)).toEqual(ld(html));
      // the rest of the document is the same DOM
      expect(domWithout(out, () => false)).toBe(domWithout(html, isFrameworkScript));
      expect(out.length).toBeLessThan(html.length / 2);
    });
  }

  for (const name of ['article-with-video', 'search']) {
    it(`${name}: a page with an island keeps everything`, () => {
      const html = fixture(name);
      expect(html).toContain('data-island=');
      expect(withoutScripts(html)).toBe(html);
    });
  }

  it('is idempotent, and leaves text that only looks like a script alone', () => {
    const once = withoutScripts(fixture('article'));
    expect(withoutScripts(once)).toBe(once);
    const text =
      '<!doctype html><html><body><p>Write &lt;script&gt; to embed.</p><pre>&lt;/script&gt;</pre><script>x()</script></body></html>';
    expect(withoutScripts(text)).toBe(
      '<!doctype html><html><body><p>Write &lt;script&gt; to embed.</p><pre>&lt;/script&gt;</pre></body></html>',
    );
  });
});

describe('the page cache (Next.js file-system cache, newsroom rules)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Constructed the way Next.js constructs its cache handler (next/dist/server/lib/incremental-cache).
  const cache = new NewsroomCache({
    fs: nodeFs,
    flushToDisk: true,
    serverDistDir: dir,
    revalidatedTags: [],
    maxMemoryCacheSize: 0,
  } as never);
  const page = (status: number, html: string) => ({
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from('rsc'),
    headers: {},
    status,
    postponed: undefined,
    segmentData: undefined,
  });
  const ctx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 60, expire: undefined } };
  const files = () => {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else out.push(path.join(d, e.name));
      }
    };
    walk(dir);
    return out;
  };

  it('never keeps a 404', async () => {
    await cache.set('/route-cache/APP_PAGE/x/$/en/news/zz1.png', page(404, fixture('not-found')) as never, ctx as never);
    expect(files()).toEqual([]);
  });

  it('keeps a page without its scripts, and serves it so', async () => {
    await cache.set('/route-cache/APP_PAGE/x/$/en/news/story', page(200, fixture('article')) as never, ctx as never);
    const stored = files().find((f) => f.endsWith('story.html'))!;
    expect(readFileSync(stored, 'utf8')).toBe(withoutScripts(fixture('article')));
    const entry = await cache.get('/route-cache/APP_PAGE/x/$/en/news/story', ctx as never);
    expect((entry?.value as { html?: string } | undefined)?.html).toBe(withoutScripts(fixture('article')));
  });
});

describe('pages are renewed only when a story was published since they were made', () => {
  const day = 86_400_000;
  const instants = [10 * day, 20 * day, 30 * day];
  it('a page made before a publication that has come is renewed', () => {
    expect(publishedBetween(15 * day, 25 * day, instants)).toBe(true);
    expect(publishedBetween(19 * day, 20 * day, instants)).toBe(true);
  });
  it('a page made after the last publication, or before one still to come, is not', () => {
    expect(publishedBetween(31 * day, 40 * day, instants)).toBe(false);
    expect(publishedBetween(21 * day, 29 * day, instants)).toBe(false);
    expect(publishedBetween(20 * day, 25 * day, instants)).toBe(false);
    expect(publishedBetween(0, 5 * day, [])).toBe(false);
  });
});
