/**
 * The site's one door to content. The only module that reads what Contentlayer generated: the slim
 * newsroom index (loaded once per server process, reloaded in development when content changes) and,
 * for an article page, that one version's compiled body. Pages, feeds, the sitemap and search all
 * come through here.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { site, type Category } from '../site';
import { indexFile } from './paths';
import {
  buildCatalog,
  homeStories,
  latest,
  listNewsroom,
  neighbours,
  pageCount,
  relatedArticles,
  resolve,
  type Catalog,
} from './model';
import type { Body, NewsroomIndex, Resolved, Version } from './types';
// Imported so that `next dev` rebuilds and refreshes pages when Contentlayer regenerates content.
import stamp from '../../.contentlayer/newsroom/stamp.json';

export type { Article, Body, Resolved, Version, CoverImage } from './types';
export type { Page } from './model';

/** Drafts are visible in development only (`next dev`), never in a production build. */
export const showDrafts = process.env.NODE_ENV !== 'production';

type Loaded = { mtimeMs: number; index: NewsroomIndex; news: Catalog; pages: Catalog };
let loaded: Loaded | undefined;

function indexPath() {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), indexFile);
}

function load(): Loaded {
  // Production reads the index once per process; development re-reads it when it changes.
  if (loaded && !showDrafts) return loaded;
  const file = indexPath();
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    throw new Error(`The newsroom index ${indexFile} is missing: run \`npm run content\` (contentlayer2 build) first.`);
  }
  if (loaded && loaded.mtimeMs === mtimeMs) return loaded;
  const index = JSON.parse(readFileSync(file, 'utf8')) as NewsroomIndex;
  loaded = {
    mtimeMs,
    index,
    news: buildCatalog(index.versions, 'news', showDrafts),
    pages: buildCatalog(index.versions, 'page', showDrafts),
  };
  return loaded;
}

/** When the content was last generated (changes whenever content changes). */
export const contentStamp: string = stamp.generatedAt;

export function newsCatalog(): Catalog {
  return load().news;
}

export function pagesCatalog(): Catalog {
  return load().pages;
}

export function allVersions(): Version[] {
  const { news, pages } = load();
  return [...news.ordered, ...pages.ordered].flatMap((a) => a.locales.map((l) => a.versions[l]!));
}

export const pageSize = site.pageSize;

export function getNewsroomPage(locale: Locale, page = 1, category?: Category) {
  return listNewsroom(load().news, locale, { page, category, pageSize });
}

export function getNewsroomPageCount(category?: Category) {
  return pageCount(load().news, pageSize, category);
}

export function getArticle(locale: Locale, slug: string): Resolved | undefined {
  const article = load().news.bySlug.get(slug);
  return article ? resolve(article, locale) : undefined;
}

export function getPage(locale: Locale, slug: string): Resolved | undefined {
  const page = load().pages.bySlug.get(slug);
  return page ? resolve(page, locale) : undefined;
}

export function getRelated(locale: Locale, slug: string, count = 3) {
  return relatedArticles(load().news, locale, slug, count);
}

export function getNeighbours(locale: Locale, slug: string) {
  return neighbours(load().news, locale, slug);
}

export function getHomeStories(locale: Locale, count = 9) {
  return homeStories(load().news, locale, count);
}

export function getLatest(locale: Locale, count: number) {
  return latest(load().news, locale, count);
}

export function allArticleSlugs(): string[] {
  return load().news.ordered.map((a) => a.slug);
}

/**
 * The stories the build renders ahead of time (the same in every locale): all of them in a small
 * newsroom, else the newest ones. Any other story is rendered on its first request and then kept.
 */
function envCount(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Prerender everything? (`PRERENDER_ALL_UP_TO` overrides the threshold.) */
function prerenderAll(): boolean {
  return load().news.ordered.length <= envCount('PRERENDER_ALL_UP_TO', site.prerender.allWhenAtMost);
}

export function prerenderedArticleSlugs(): string[] {
  const { ordered } = load().news;
  if (prerenderAll()) return ordered.map((a) => a.slug);
  return ordered.slice(0, envCount('PRERENDER_NEWEST', site.prerender.newestPerLocale)).map((a) => a.slug);
}

/**
 * Listing pages rendered ahead of time: every one in a small newsroom; in a large one the newsroom's
 * first few, and a category's first `categoryPages`. The others are rendered on first request.
 */
export function prerenderedPageCount(category?: Category): number {
  const total = pageCount(load().news, pageSize, category);
  if (prerenderAll()) return total;
  return Math.min(total, category ? site.prerender.categoryPages : site.prerender.newsroomPages);
}

export function allPageSlugs(): string[] {
  return load().pages.ordered.map((a) => a.slug);
}

/**
 * The compiled body of one version: a story's HTML (`.html`, Markdown pipeline) or code (`.mdx.js`,
 * MDX compiler), or a page's Contentlayer document (`.json`).
 */
export function getBody(version: Version): Body {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), version.bodyPath);
  if (version.bodyPath.endsWith('.html')) return { format: 'md', html: readFileSync(file, 'utf8') };
  if (version.bodyPath.endsWith('.mdx.js')) return { format: 'mdx', code: readFileSync(file, 'utf8') };
  const doc = JSON.parse(readFileSync(file, 'utf8')) as {
    body: { html?: string; code?: string };
  };
  return version.format === 'mdx'
    ? { format: 'mdx', code: doc.body.code ?? '' }
    : { format: 'md', html: doc.body.html ?? '' };
}
