/**
 * Newsroom search, in process. One index per locale, holding exactly what that locale's newsroom
 * lists (its own versions and the fallback versions it shows; no drafts in production), built from
 * the content layer's catalog and the plain text the content step wrote, on first use, and kept for
 * the life of the server process (rebuilt in development when content changes).
 *
 * The site only calls `search()` and reads `SearchResult`: docs/search.md shows how an external
 * engine (Meilisearch, OpenSearch) would sit behind the same function.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import type { Category } from '../site';
import { contentStamp, newsCatalog } from '../content';
import { resolve } from '../content/model';
import type { Resolved } from '../content/types';
import { searchTextFile } from '../content/paths';
import { buildSearchDb, rank, type SearchDb } from './engine';
import { buildSnippet, type Segment } from './snippet';
import { normalizeQuery, type NormalizedQuery } from './query';

export type SearchHit = { story: Resolved; title: Segment[]; snippet: Segment[] };

export type SearchResult = {
  query: NormalizedQuery;
  total: number;
  page: number;
  totalPages: number;
  hits: SearchHit[];
  /** The page asked for does not exist (past the last, or not a page number). */
  beyondLastPage?: boolean;
};

export type SearchOptions = { category?: Category; page?: number; pageSize?: number };

const indexes = new Map<Locale, { db: Promise<SearchDb>; stamp: string }>();
let texts: { stamp: string; data: Record<string, string> } | undefined;

function storyText(version: { locale: string; slug: string }): string {
  if (!texts || texts.stamp !== contentStamp) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), searchTextFile);
    texts = { stamp: contentStamp, data: JSON.parse(readFileSync(file, 'utf8')) as Record<string, string> };
  }
  return texts.data[`${version.locale}/${version.slug}`] ?? '';
}

function localeDb(locale: Locale): Promise<SearchDb> {
  const cached = indexes.get(locale);
  if (cached && cached.stamp === contentStamp) return cached.db;
  const docs = newsCatalog().ordered.map((article) => {
    const { version } = resolve(article, locale);
    return {
      id: article.slug,
      title: version.title,
      summary: version.summary,
      body: storyText(version),
      category: version.category ?? 'general',
      date: Date.parse(version.date),
    };
  });
  const db = buildSearchDb(locale, docs);
  indexes.set(locale, { db, stamp: contentStamp });
  return db;
}

/**
 * Searches a locale's newsroom. A page number past the last page gives no hits (`beyondLastPage`),
 * not an error: the search page says so and links back.
 */
export async function search(locale: Locale, rawQuery: unknown, { category, page = 1, pageSize = 10 }: SearchOptions = {}): Promise<SearchResult> {
  const query = normalizeQuery(rawQuery);
  const { ids, total } = await rank(await localeDb(locale), query, locale, category);
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return { query, total, page: 1, totalPages, hits: [], beyondLastPage: true };
  const catalog = newsCatalog();
  const hits = ids.slice((page - 1) * pageSize, page * pageSize).flatMap((slug) => {
    const article = catalog.bySlug.get(slug);
    if (!article) return [];
    const story = resolve(article, locale);
    return [
      {
        story,
        title: buildSnippet(story.version.title, query, locale, Infinity),
        snippet: buildSnippet(storyText(story.version) || story.version.summary, query, locale),
      },
    ];
  });
  return { query, total, page, totalPages, hits };
}
