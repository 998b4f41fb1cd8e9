import { isCategory, site, type Category } from '../site';
import { parsePageParam } from '../params';

/** What the route check needs to know about the content. */
export type RouteFacts = {
  articleExists: (slug: string) => boolean;
  pageExists: (slug: string) => boolean;
  /** Number of newsroom pages (of a category). */
  newsroomPages: (category?: Category) => number;
};

/**
 * Whether a path under a locale (`/fr/…`, given as the segments after the locale) is a page of the
 * site. The proxy sends anything else straight to the 404 page, so no page ever renders for an
 * address that does not exist.
 */
export function isKnownPath(segments: string[], facts: RouteFacts): boolean {
  const [a, b, c, d, e, ...rest] = segments;
  if (rest.length) return false;
  if (a === undefined) return true;
  if (b === undefined) return a === 'news' || a === 'search' || a === 'opengraph-image' || facts.pageExists(a);
  if (a !== 'news') return false;
  if (b === 'page') {
    const n = c !== undefined && d === undefined ? parsePageParam(c) : null;
    return n !== null && n <= facts.newsroomPages();
  }
  if (b === 'category') {
    if (!isCategory(c)) return false;
    if (d === undefined) return true;
    const n = d === 'page' && e !== undefined ? parsePageParam(e) : null;
    return n !== null && n <= facts.newsroomPages(c);
  }
  if (c === undefined) return facts.articleExists(b);
  return c === 'opengraph-image' && d === undefined && facts.articleExists(b);
}

/** Newsroom pages for `count` stories. */
export function pagesFor(count: number): number {
  return Math.max(1, Math.ceil(count / site.pageSize));
}
