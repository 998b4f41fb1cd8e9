/**
 * An in-memory cache of finished pages in front of Next.js, like a reverse proxy's cache inside the
 * server process. A page Next.js serves from its own static cache (prerendered, or rendered once on
 * first request) is kept here as it was sent, with gzip and Brotli copies; the next requests for it
 * are answered from memory without running Next.js at all. Only plain document requests are cached
 * (GET or HEAD, no query string, none of the headers the App Router uses for client navigation), only
 * responses Next.js marks as shared and long-lived, and never a cookie: the one cookie the site sets
 * is decided per request, by the same rule the proxy uses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { isLocale } from '../i18n/locales';
import { localeCookie, localeCookieToSet } from '../i18n/cookie';

export type CachedPage = {
  status: number;
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

export function cacheableRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  if (url.includes('?') || url.startsWith('/_next/') || url.length > 512) return false;
  return !routerHeaders.some((h) => h in req.headers);
}

export function cacheableResponse(status: number, headers: Record<string, string | string[] | number | undefined>): boolean {
  if (status !== 200) return false;
  const type = String(headers['content-type'] ?? '');
  const control = String(headers['cache-control'] ?? '');
  return type.startsWith('text/html') && /s-maxage=\d+/.test(control) && !/private|no-store|no-cache/.test(control) && !headers['content-encoding'];
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
    if (entry) {
      // least recently used goes first: re-insert on every hit
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  store(key: string, status: number, headers: Record<string, string | string[] | number | undefined>, body: Buffer) {
    const gzip = gzipSync(body, { level: 6 });
    const br = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const kept: [string, string][] = [];
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || perResponse.has(name.toLowerCase())) continue;
      for (const v of Array.isArray(value) ? value : [String(value)]) kept.push([name, v]);
    }
    const entry: CachedPage = { status, headers: kept, body, gzip, br, etag: headers.etag ? String(headers.etag) : undefined, bytes: body.length + gzip.length + br.length };
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
   * Lets Next.js answer, and keeps a copy of the answer when it is a shareable page. The request is
   * passed on without Accept-Encoding, so the copy is the plain page (this one response goes out
   * uncompressed; the following ones come from the cache, compressed).
   */
  capture(req: IncomingMessage, res: ServerResponse) {
    const key = req.url ?? '';
    delete req.headers['accept-encoding'];
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8'));
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((...args: unknown[]) => {
      const [chunk] = args;
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
      const result = end(...args);
      const headers = res.getHeaders() as Record<string, string | string[] | number | undefined>;
      if (req.method === 'GET' && cacheableResponse(res.statusCode, headers) && headers['x-nextjs-cache']) {
        this.store(key, res.statusCode, headers, Buffer.concat(chunks));
      }
      return result;
    }) as ServerResponse['end'];
  }
}
