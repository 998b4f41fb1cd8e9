/**
 * The site's addresses, each built by next-intl's getPathname from the routing declaration: the
 * only module that knows what a URL looks like (pages, metadata, feeds, sitemaps and search use it).
 */
import type { Category } from '../site';
import type { Locale } from './locales';
import { getPathname, type Href } from './navigation';

const to = (locale: Locale, href: Href) => getPathname({ locale, href });

/** What a search address carries: the query, a category filter, a results page. */
export type SearchParams = { q?: string; category?: Category; page?: number };

export const paths = {
  home: (locale: Locale) => to(locale, '/'),
  /** The newsroom or a category's listing, page `page` (page 1 has no page segment). */
  newsroom: (locale: Locale, page = 1, category?: Category) => {
    if (category) {
      return page > 1
        ? to(locale, { pathname: '/news/category/[category]/page/[page]', params: { category, page: String(page) } })
        : to(locale, { pathname: '/news/category/[category]', params: { category } });
    }
    return page > 1 ? to(locale, { pathname: '/news/page/[page]', params: { page: String(page) } }) : to(locale, '/news');
  },
  story: (locale: Locale, slug: string) => to(locale, { pathname: '/news/[slug]', params: { slug } }),
  /** A static page (about, privacy…). */
  page: (locale: Locale, slug: string) => to(locale, { pathname: '/[...path]', params: { path: [slug] } }),
  feed: (locale: Locale, category?: Category) =>
    category ? to(locale, { pathname: '/news/category/[category]/feed.xml', params: { category } }) : to(locale, '/feed.xml'),
  search: (locale: Locale, { q, category, page }: SearchParams = {}) => {
    const query: Record<string, string> = {};
    if (q !== undefined) query.q = q;
    if (category) query.category = category;
    if (page !== undefined && page > 1) query.page = String(page);
    return to(locale, Object.keys(query).length ? { pathname: '/search', query } : '/search');
  },
  /** A story's share image, or the site's in `locale` for every other page. */
  shareImage: (locale: Locale, storySlug?: string) =>
    storySlug ? to(locale, { pathname: '/news/[slug]/opengraph-image', params: { slug: storySlug } }) : to(locale, '/opengraph-image'),
};

/**
 * A link of the site's chrome (lib/site.ts), written locale-relative (`/news` → `/fr/news`, `/` →
 * `/fr`); external URLs and anchors pass through.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  // Chrome links name routes as written addresses (`/news/category/research`, `/about#members`),
  // which getPathname prefixes as they are.
  return to(locale, path as Href);
}
