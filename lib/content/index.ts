/**
 * The site's one door to content. Reads what the content step generated: the slim newsroom index
 * (once per server process, again in development when content changes, and again when a scheduled
 * story's time comes) and, for a page that shows one, a single document's compiled body from
 * Contentlayer's own files. Pages, feeds, the sitemap and search all come through here.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { site, type Category } from '../site';
import { documentFile, indexFile, problemsFile } from './paths';
import { formatError, type ContentError } from './errors';
import {
  buildPages,
  buildStories,
  homeStories,
  latest,
  listNewsroom,
  neighbours,
  pageCount,
  relatedStories,
  show,
  type PageCatalog,
  type StoryCatalog,
} from './model';
import type { Body, ContentDocument, NewsroomIndex, Version } from './types';
// Imported so that `next dev` rebuilds and refreshes pages when Contentlayer regenerates content.
import stamp from '../../.contentlayer/newsroom/stamp.json';

export type { Body, Entry, Page, PageVersion, Shown, ShownPage, ShownStory, Story, StoryVersion, Version } from './types';
export type { Listing, PageCatalog, StoryCatalog } from './model';
// For lib/search, which reads content through this door only.
export { show } from './model';
export { searchIndexFile } from './paths';

/** The development preview (`next dev`) shows drafts and scheduled stories; a production build never does. */
export const preview = process.env.NODE_ENV !== 'production';

type Loaded = { mtimeMs: number; builtAt: number; index: NewsroomIndex; stories: StoryCatalog; pages: PageCatalog };
let loaded: Loaded | undefined;

function fromCwd(file: string) {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), file);
}

function load(): Loaded {
  const now = Date.now();
  // A scheduled story's time has come: the catalogs are built again, without a new build.
  const due = loaded?.stories.nextPublication !== undefined && now >= loaded.stories.nextPublication;
  if (loaded && !preview && !due) return loaded;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(fromCwd(indexFile)).mtimeMs;
  } catch {
    throw new Error(`The newsroom index ${indexFile} is missing: run \`npm run content\` (or \`npm run build\`) first.`);
  }
  if (loaded && loaded.mtimeMs === mtimeMs && !due) return loaded;
  const index =
    loaded && loaded.mtimeMs === mtimeMs ? loaded.index : (JSON.parse(readFileSync(fromCwd(indexFile), 'utf8')) as NewsroomIndex);
  const visibility = { drafts: preview, scheduled: preview, now };
  loaded = {
    mtimeMs,
    builtAt: now,
    index,
    stories: buildStories(index.versions, visibility),
    pages: buildPages(index.versions, visibility),
  };
  return loaded;
}

/** In the preview, what the content check found at the last save, formatted for editors (else nothing). */
export function contentProblems(): { text: string; warning: boolean }[] {
  if (!preview) return [];
  try {
    const problems = JSON.parse(readFileSync(fromCwd(problemsFile), 'utf8')) as ContentError[];
    return problems.map((p) => ({ text: formatError(p), warning: p.severity === 'warning' }));
  } catch {
    return [];
  }
}

/** When the content was last generated (changes whenever content changes). */
export const contentStamp: string = stamp.generatedAt;

export function storyCatalog(): StoryCatalog {
  return load().stories;
}

export function pageCatalog(): PageCatalog {
  return load().pages;
}

/** Every version of the index, public or not (the content step's own view, for tools). */
export function allVersions(): Version[] {
  return load().index.versions;
}

export const pageSize = site.pageSize;

export function getNewsroomListing(locale: Locale, page = 1, category?: Category) {
  return listNewsroom(load().stories, locale, { page, category, pageSize });
}

export function getNewsroomPageCount(category?: Category) {
  return pageCount(load().stories, pageSize, category);
}

export function getStory(locale: Locale, slug: string) {
  const story = load().stories.bySlug.get(slug);
  return story ? show(story, locale) : undefined;
}

export function getPage(locale: Locale, slug: string) {
  const page = load().pages.bySlug.get(slug);
  return page ? show(page, locale) : undefined;
}

export function getRelated(locale: Locale, slug: string, count = 3) {
  return relatedStories(load().stories, locale, slug, count);
}

export function getNeighbours(locale: Locale, slug: string) {
  return neighbours(load().stories, locale, slug);
}

export function getHomeStories(locale: Locale, count = 9) {
  return homeStories(load().stories, locale, count);
}

export function getLatest(locale: Locale, count: number, category?: Category) {
  return latest(load().stories, locale, count, category);
}

export function allStorySlugs(): string[] {
  return load().stories.ordered.map((s) => s.slug);
}

export function allPageSlugs(): string[] {
  return load().pages.ordered.map((p) => p.slug);
}

function envCount(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Prerender everything? (`PRERENDER_ALL_UP_TO` overrides the threshold.) */
function prerenderAll(): boolean {
  return load().stories.ordered.length <= envCount('PRERENDER_ALL_UP_TO', site.prerender.allWhenAtMost);
}

/**
 * The stories the build renders ahead of time (the same in every locale): all of them in a small
 * newsroom, else the newest ones. Any other story is rendered on its first request and then kept.
 */
export function prerenderedStorySlugs(): string[] {
  const { ordered } = load().stories;
  if (prerenderAll()) return ordered.map((s) => s.slug);
  return ordered.slice(0, envCount('PRERENDER_NEWEST', site.prerender.newestPerLocale)).map((s) => s.slug);
}

/**
 * Listing pages rendered ahead of time: every one in a small newsroom; in a large one the newsroom's
 * first few, and a category's first `categoryPages`. The others are rendered on first request.
 */
export function prerenderedPageCount(category?: Category): number {
  const total = pageCount(load().stories, pageSize, category);
  if (prerenderAll()) return total;
  return Math.min(total, category ? site.prerender.categoryPages : site.prerender.newsroomPages);
}

/** The body of one version, as Contentlayer compiled it, read from that document's own file. */
export function getBody(version: Version): Body {
  const doc = JSON.parse(readFileSync(fromCwd(documentFile(version.type, version._id)), 'utf8')) as ContentDocument;
  switch (doc.type) {
    case 'StoryMd':
    case 'PageMd':
      return { format: 'md', html: doc.body.html };
    case 'StoryMdx':
    case 'PageMdx':
      return { format: 'mdx', code: doc.body.code };
  }
}
