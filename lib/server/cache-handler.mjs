/**
 * Next.js's own page cache (its file-system cache with the in-memory layer, `cacheHandler` in
 * next.config.ts), with two rules of the newsroom: a page is kept without scripts when it has no
 * interactive island (lib/server/script-free.mjs), once, as it is stored or first read, so that
 * serving it costs nothing more; and a 404 is never kept, so unknown addresses write nothing.
 */
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { withoutScripts } from './script-free.mjs';

/** The class itself, however the CommonJS module is handed to this ES module. */
const FileSystemCache = /** @type {typeof FileSystemCacheModule} */ (/** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule);

/** Cached values already rid of their scripts (memory entries are served as the same object). */
const stripped = new WeakSet();

/** @param {any} value a cached value of Next's incremental cache */
function scriptFree(value) {
  if (value?.kind === 'APP_PAGE' && typeof value.html === 'string' && !stripped.has(value)) {
    value.html = withoutScripts(value.html);
    stripped.add(value);
  }
  return value;
}

/** @param {any} value */
function isNotFound(value) {
  return (value?.kind === 'APP_PAGE' || value?.kind === 'APP_ROUTE') && value.status === 404;
}

export default class NewsroomCache extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry?.value) scriptFree(entry.value);
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isNotFound(data)) return;
    return super.set(key, scriptFree(data), ctx);
  }
}
