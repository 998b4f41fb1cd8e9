/**
 * Which addresses under a locale name nothing the site has, decided before a page renders, and
 * where the proxy sends them. Why: Next 16.4 answers a page's notFound() with an empty HTML shell
 * whose 404 only client script draws (vercel/next.js#62228), so such addresses go where no route
 * matches, and app/global-not-found.tsx renders the 404 on the server, in the reader's language.
 */
import type { Locale } from '../i18n/locales';
import type { Category } from '../site';
import { parseCategoryParam, parsePageParam } from '../i18n/params';

/** A path no route matches (under `[locale]`, the catch-all only knows the static pages' slugs). */
export const unmatchedPath = '/_404/_';

/** The request header that tells app/global-not-found.tsx the language of the address. */
export const notFoundLocaleHeader = 'x-newsroom-404-locale';

/** A path segment as the route would receive it; broken encodings name nothing. */
function segment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** What the decision looks up: the content door's answers (the proxy passes lib/content's). */
export type Lookup = {
  story: (locale: Locale, slug: string) => unknown;
  page: (locale: Locale, slug: string) => unknown;
  listing: (locale: Locale, page: number, category?: Category) => unknown;
};

function listingMissing(look: Lookup, locale: Locale, page: string | undefined, category?: string): boolean {
  const c = category === undefined ? undefined : parseCategoryParam(category);
  if (c === null) return true;
  const n = page === undefined ? 1 : parsePageParam(page);
  return n === null || !look.listing(locale, n, c);
}

/**
 * Whether `/<locale>/<segments…>` names nothing: a story, static page, category or listing page
 * that does not exist (or is not yet public), or segments below a route that has none. The fixed
 * routes (search, feeds, share images) answer for themselves.
 */
export function namesNothing(locale: Locale, segments: string[], look: Lookup): boolean {
  const [first, second, third, fourth, fifth, ...more] = segments;
  if (first === undefined) return false;
  if (first === 'search' || first === 'feed.xml' || first === 'opengraph-image') return segments.length > 1;
  if (first !== 'news') {
    const slug = segment(first);
    return segments.length > 1 || slug === null || !look.page(locale, slug);
  }
  if (second === undefined) return false;
  if (second === 'page') return third === undefined || fourth !== undefined || listingMissing(look, locale, third);
  if (second === 'category') {
    if (third === undefined) return true;
    if (fourth === undefined) return listingMissing(look, locale, undefined, third);
    if (fourth === 'feed.xml' && fifth === undefined) return parseCategoryParam(third) === null;
    if (fourth === 'page' && fifth !== undefined && more.length === 0) return listingMissing(look, locale, fifth, third);
    return true;
  }
  if (third === undefined) {
    const slug = segment(second);
    return slug === null || !look.story(locale, slug);
  }
  // A story's share image answers for itself (404 for an unknown story); nothing else is below.
  return !(third === 'opengraph-image' && fourth === undefined);
}
