/**
 * The sitemaps: every indexable URL (home, newsroom and category pages, every real story and page
 * version) with its last modification and its language alternates, fallback pages left out; and
 * the Google News sitemap of the stories published in the last 48 hours. `/sitemap.xml` is the
 * index of both (`/sitemaps/<n>.xml`, 50,000 URLs a file, and `/sitemaps/news.xml`). Rendered with
 * the `sitemap` package.
 */
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { locales, type Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { categories, site, type Category } from '../site';
import { lastModified, pagesFor, type PageCatalog, type StoryCatalog } from '../content/model';
import type { Entry, Story } from '../content/types';
import { absoluteUrl } from './urls';
import { allLocales, hreflangMap, type Languages } from './metadata';

export const urlsPerSitemap = 50_000;

export type SitemapUrl = { path: string; lastmod?: string; languages: Languages };

function newest(stories: Story[]): string | undefined {
  let max: string | undefined;
  for (const s of stories) {
    for (const l of s.locales) {
      const d = lastModified(s.versions[l]!);
      if (d && (!max || d > max)) max = d;
    }
  }
  return max;
}

function listingUrls(stories: Story[], pageSize: number, path: (l: Locale, page: number) => string): SitemapUrl[] {
  return Array.from({ length: pagesFor(stories.length, pageSize) }, (_, i) => {
    const page = i + 1;
    const languages = allLocales((l) => path(l, page));
    const lastmod = newest(stories.slice(i * pageSize, (i + 1) * pageSize));
    return locales.map((l) => ({ path: path(l, page), lastmod, languages }));
  }).flat();
}

function versionUrls(entries: Entry[], path: (l: Locale, slug: string) => string): SitemapUrl[] {
  return entries.flatMap((a) => {
    const languages = Object.fromEntries(a.locales.map((l) => [l, path(l, a.slug)])) as Languages;
    return a.locales.map((l) => ({ path: path(l, a.slug), lastmod: lastModified(a.versions[l]!), languages }));
  });
}

/** Every indexable URL of the site, in a stable order. */
export function sitemapUrls(news: StoryCatalog, pages: PageCatalog, pageSize: number): SitemapUrl[] {
  const home = locales.map((l) => ({
    path: paths.home(l),
    lastmod: newest(news.ordered.slice(0, pageSize)),
    languages: Object.fromEntries(locales.map((x) => [x, paths.home(x)])) as Languages,
  }));
  return [
    ...home,
    ...listingUrls(news.ordered, pageSize, (l, p) => paths.newsroom(l, p)),
    ...categories.flatMap((c: Category) => listingUrls(news.byCategory.get(c) ?? [], pageSize, (l, p) => paths.newsroom(l, p, c))),
    ...versionUrls(news.ordered, paths.story),
    ...versionUrls(pages.ordered, paths.page),
  ];
}

function toItem(u: SitemapUrl): SitemapItemLoose {
  const alternates = hreflangMap(u.languages);
  return {
    url: absoluteUrl(u.path),
    lastmod: u.lastmod,
    links: Object.entries(alternates).map(([lang, url]) => ({ lang, url, hreflang: lang })),
  };
}

export async function renderUrlset(urls: SitemapUrl[]): Promise<string> {
  const stream = new SitemapStream({ xmlns: { xhtml: true, news: false, image: false, video: false } });
  return (await streamToPromise(Readable.from(urls.map(toItem)).pipe(stream))).toString('utf8');
}

export async function renderIndex(files: { path: string; lastmod?: string }[]): Promise<string> {
  const stream = new SitemapIndexStream();
  return (await streamToPromise(Readable.from(files.map((f) => ({ url: absoluteUrl(f.path), lastmod: f.lastmod }))).pipe(stream))).toString(
    'utf8',
  );
}

/** How the URLs split into files of at most `perFile` (`/sitemaps/<n>.xml`). */
export function sitemapChunks(urls: SitemapUrl[], perFile = urlsPerSitemap): SitemapUrl[][] {
  const chunks: SitemapUrl[][] = [];
  for (let i = 0; i < urls.length; i += perFile) chunks.push(urls.slice(i, i + perFile));
  return chunks.length ? chunks : [[]];
}

export function chunkPath(n: number) {
  return `/sitemaps/${n}.xml`;
}

export const newsSitemapPath = '/sitemaps/news.xml';

/** Google News takes the stories of the last two days, at most 1,000 a sitemap. */
export const newsWindowHours = 48;
export const newsPerSitemap = 1000;

export type NewsUrl = { path: string; locale: Locale; title: string; published: string };

/**
 * The story versions published in the last 48 hours before `now`, newest first: each real version
 * (a fallback page is not news in that language), with its own title and language.
 */
export function newsSitemapUrls(news: StoryCatalog, now: Date): NewsUrl[] {
  const to = now.getTime();
  const from = to - newsWindowHours * 3600_000;
  const urls: NewsUrl[] = [];
  for (const story of news.ordered) {
    for (const locale of story.locales) {
      const v = story.versions[locale]!;
      const at = Date.parse(v.date);
      if (at > from && at <= to) urls.push({ path: paths.story(locale, story.slug), locale, title: v.title, published: v.date });
    }
  }
  return urls.sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0)).slice(0, newsPerSitemap);
}

/**
 * An empty news sitemap, on days nothing was published: written out here because the `sitemap`
 * package refuses an empty stream. (The sitemaps.org schema wants one URL; Google reads an empty
 * urlset as "nothing new", which is the truth, and the address in robots.txt keeps answering.)
 */
const emptyNewsSitemap =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

export async function renderNewsSitemap(urls: NewsUrl[]): Promise<string> {
  if (!urls.length) return emptyNewsSitemap;
  const stream = new SitemapStream({ xmlns: { news: true, xhtml: false, image: false, video: false } });
  const items: SitemapItemLoose[] = urls.map((u) => ({
    url: absoluteUrl(u.path),
    news: { publication: { name: site.name, language: u.locale }, publication_date: u.published, title: u.title },
  }));
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}

/** `/sitemap.xml`: the index of the URL files and of the news sitemap. */
export async function renderSitemapRoot(urls: SitemapUrl[], perFile = urlsPerSitemap): Promise<string> {
  const chunks = sitemapChunks(urls, perFile);
  const files = chunks.map((c, n) => ({
    path: chunkPath(n),
    lastmod:
      c
        .map((u) => u.lastmod ?? '')
        .sort()
        .at(-1) || undefined,
  }));
  return renderIndex([...files, { path: newsSitemapPath }]);
}
