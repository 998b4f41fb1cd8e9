/**
 * Next.js's own page cache (its file-system cache with the in-memory layer, `cacheHandler` in
 * next.config.ts), with three rules of the newsroom: a page is kept without scripts when it has no
 * interactive island (lib/server/script-free.mjs), once, as it is stored or first read, so that
 * serving it costs nothing more; a 404 is never kept, so unknown addresses write nothing; and a
 * page is renewed (its route's `revalidate`) only when a story was published since it was made:
 * a scheduled story's time is the one thing that dates a page, so no page is rendered again every
 * minute for nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { withoutScripts } from './script-free.mjs';

/** The class itself, however the CommonJS module is handed to this ES module. */
const FileSystemCache = /** @type {typeof FileSystemCacheModule} */ (
  /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule
);

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

/** The publication instants of every public story version (ms, sorted), from the newsroom index. */
let publications = { mtimeMs: -1, instants: /** @type {number[]} */ ([]) };

function publicationInstants() {
  const file = path.join(process.cwd(), '.contentlayer/newsroom/index.json');
  try {
    const { mtimeMs } = statSync(file);
    if (mtimeMs !== publications.mtimeMs) {
      const index = JSON.parse(readFileSync(file, 'utf8'));
      const instants = index.versions
        .filter((/** @type {any} */ v) => v.kind === 'story' && !v.draft)
        .map((/** @type {any} */ v) => Date.parse(v.date));
      publications = { mtimeMs, instants: [...new Set(instants)].sort((a, b) => a - b) };
    }
  } catch {
    publications = { mtimeMs: -1, instants: [] };
  }
  return publications.instants;
}

/**
 * Whether a story was published after `since` and by `now` (a scheduled story's time came).
 * @param {number} since @param {number} now
 */
export function publishedBetween(since, now, instants = publicationInstants()) {
  let lo = 0;
  let hi = instants.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (/** @type {number} */ (instants[mid]) <= since) lo = mid + 1;
    else hi = mid;
  }
  return lo < instants.length && /** @type {number} */ (instants[lo]) <= now;
}

export default class NewsroomCache extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = /** @type {any} */ (await super.get(key, ctx));
    if (entry?.value) scriptFree(entry.value);
    // Nothing was published since the page was made: it is as fresh as now (Next renews it otherwise).
    if (entry?.lastModified > 0 && (entry.value?.kind === 'APP_PAGE' || entry.value?.kind === 'APP_ROUTE')) {
      const now = Date.now();
      if (!publishedBetween(entry.lastModified, now)) entry.lastModified = now;
    }
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isNotFound(data)) return;
    return super.set(key, scriptFree(data), ctx);
  }
}
