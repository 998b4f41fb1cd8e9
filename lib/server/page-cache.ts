/**
 * An in-memory cache of finished pages in front of Next.js, like a reverse proxy's cache inside the
 * server process.
 *
 * - A page or file Next.js serves from its own static cache (prerendered, or rendered once on first
 *   request: pages, feeds, the sitemap) is kept as it was sent, with gzip and Brotli copies; the next
 *   requests for it are answered from memory without running Next.js at all.
 * - Search result pages (dynamic) are kept for a minute, per full address (micro-caching).
 * - A page without an interactive island (`data-island`) is kept and sent without Next.js's scripts:
 *   every feature of such a page works as plain HTML (links, `<details>` menus, GET forms), so it
 *   ships no JavaScript at all (docs/performance.md).
 *
 * Only plain document requests are cached (GET or HEAD, none of the headers the App Router uses for
 * client navigation), and never a cookie: the one cookie the site sets is decided per request, by the
 * same rule the proxy uses.
 */
import { request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { isLocale } from '../i18n/locales';
import { localeCookie, localeCookieToSet } from '../i18n/cookie';

export type CachedPage = {
  status: number;
  /** When the entry stops being served (ms since epoch); Infinity for static pages. */
  expires: number;
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string | undefined;
  bytes: number;
};

/** Request headers with which the App Router asks for something else than the document. */
const routerHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'range'];
/** Response headers that belong to one response, not to the page. */
const perResponse = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'set-cookie', 'date', 'connection', 'keep-alive', 'vary']);

/** Marks the server's own requests to Next.js (cache fills); honoured from loopback only. */
export const fillHeader = 'x-newsroom-fill';

/** Search result pages: dynamic, but the same for everyone for a given address. */
const searchPath = /^\/[a-z]{2}\/search\?/;
export const searchTtlMs = 60_000;

export function cacheableRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  if ((url.includes('?') && !searchPath.test(url)) || url.startsWith('/_next/') || url.length > 512) return false;
  return !routerHeaders.some((h) => h in req.headers);
}

const cacheableTypes = /^(text\/html|application\/(rss\+)?xml|text\/plain|image\/png)/;

/** How long a response may be kept (ms): static ones for good, search pages briefly, others not at all. */
export function cacheLifetime(url: string, status: number, headers: Record<string, string | string[] | number | undefined>): number {
  if (status !== 200 || headers['content-encoding'] || !cacheableTypes.test(String(headers['content-type'] ?? ''))) return 0;
  if (searchPath.test(url)) return searchTtlMs;
  const control = String(headers['cache-control'] ?? '');
  return headers['x-nextjs-cache'] && /s-maxage=\d+/.test(control) && !/private|no-store|no-cache/.test(control) ? Infinity : 0;
}

/** A page with no interactive island needs none of Next.js's scripts: they are taken out. */
export function withoutScripts(html: string): string {
  if (html.includes('data-island=')) return html;
  return html
    .replace(/<script(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(?:preload|modulepreload)" as="script"[^>]*\/?>/g, '')
    .replace(/<link rel="modulepreload"[^>]*\/?>/g, '');
}

function cookieFor(req: IncomingMessage): string | null {
  const locale = (req.url ?? '').split('/')[1];
  if (!isLocale(locale)) return null;
  const current = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(String(req.headers.cookie ?? ''))?.[1];
  const set = localeCookieToSet(locale, current, req.headers['accept-language']);
  if (!set) return null;
  const expires = new Date(Date.now() + localeCookie.maxAge * 1000).toUTCString();
  return `${localeCookie.name}=${set}; Path=/; Expires=${expires}; Max-Age=${localeCookie.maxAge}; SameSite=lax${localeCookie.secure ? '; Secure' : ''}`;
}

export class PageCache {
  private entries = new Map<string, CachedPage>();
  private size = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  get bytes() {
    return this.size;
  }

  get count() {
    return this.entries.size;
  }

  lookup(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expires < Date.now()) {
      this.entries.delete(key);
      this.size -= entry.bytes;
      return undefined;
    }
    if (entry) {
      // least recently used goes first: re-insert on every hit
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  store(key: string, status: number, headers: Record<string, string | string[] | number | undefined>, body: Buffer, lifetime: number) {
    const gzip = gzipSync(body, { level: 6 });
    const br = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const kept: [string, string][] = [];
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || perResponse.has(name.toLowerCase())) continue;
      for (const v of Array.isArray(value) ? value : [String(value)]) kept.push([name, v]);
    }
    const entry: CachedPage = {
      status,
      expires: Date.now() + lifetime,
      headers: kept,
      body,
      gzip,
      br,
      etag: headers.etag ? String(headers.etag) : undefined,
      bytes: body.length + gzip.length + br.length,
    };
    const previous = this.entries.get(key);
    if (previous) this.size -= previous.bytes;
    this.entries.set(key, entry);
    this.size += entry.bytes;
    for (const [k, e] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(k);
      this.size -= e.bytes;
    }
  }

  /** Answers from the cache; false when the page is not cached. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    const entry = this.lookup(req.url ?? '');
    if (!entry) {
      this.misses++;
      return false;
    }
    this.hits++;
    const accept = String(req.headers['accept-encoding'] ?? '');
    const [body, encoding] = /\bbr\b/.test(accept) ? [entry.br, 'br'] : /\bgzip\b/.test(accept) ? [entry.gzip, 'gzip'] : [entry.body, undefined];
    for (const [name, value] of entry.headers) res.appendHeader(name, value);
    res.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding');
    res.setHeader('X-Newsroom-Cache', 'HIT');
    if (entry.expires !== Infinity) res.setHeader('Cache-Control', 'private, no-store');
    const cookie = cookieFor(req);
    if (cookie) res.setHeader('Set-Cookie', cookie);
    if (entry.etag && req.headers['if-none-match'] === entry.etag) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.statusCode = entry.status;
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * A cacheable request the cache cannot answer yet: asked again of Next.js over loopback (marked
   * with `fillHeader`, which the server lets straight through), its answer is kept when it is
   * cacheable and sent to the client either way (the plain page, without scripts when it has no
   * island, exactly as later copies).
   */
  async fill(req: IncomingMessage, res: ServerResponse, port: number) {
    const key = req.url ?? '/';
    const headers = { ...req.headers, [fillHeader]: '1' };
    delete headers['accept-encoding'];
    const answer = await new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const inner = request({ host: '127.0.0.1', port, method: 'GET', path: key, headers }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ status: r.statusCode ?? 502, headers: r.headers, body: Buffer.concat(chunks) }));
        r.on('error', reject);
      });
      inner.on('error', reject);
      inner.end();
    });
    let body = answer.body;
    const html = String(answer.headers['content-type'] ?? '').startsWith('text/html');
    if (html && answer.status === 200 && !answer.headers['content-encoding']) body = Buffer.from(withoutScripts(body.toString('utf8')));
    const lifetime = cacheLifetime(key, answer.status, answer.headers);
    if (lifetime > 0) this.store(key, answer.status, answer.headers, body, lifetime);
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || ['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'].includes(name)) continue;
      res.setHeader(name, value);
    }
    res.setHeader('Content-Length', body.length);
    res.statusCode = answer.status;
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
