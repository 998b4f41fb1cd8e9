/**
 * The site's one routing declaration for next-intl: the locales, the default, an always-present
 * locale prefix, every route the site has (the same address in every language), and the cookie
 * that remembers a language the reader chose. Links are built from it by ./navigation and ./paths.
 */
import { defineRouting } from 'next-intl/routing';
import { siteUrl } from '../site';
import { defaultLocale, locales } from './locales';

/** The cookie that remembers the reader's language choice. */
export const localeCookieName = 'NEXT_LOCALE';

/** Every route under `app/[locale]/`, named by its folder; addresses are the same in every locale. */
const pathnames = {
  '/': '/',
  '/news': '/news',
  '/news/page/[page]': '/news/page/[page]',
  '/news/category/[category]': '/news/category/[category]',
  '/news/category/[category]/page/[page]': '/news/category/[category]/page/[page]',
  '/news/category/[category]/feed.xml': '/news/category/[category]/feed.xml',
  '/news/[slug]': '/news/[slug]',
  '/news/[slug]/opengraph-image': '/news/[slug]/opengraph-image',
  '/feed.xml': '/feed.xml',
  '/opengraph-image': '/opengraph-image',
  '/search': '/search',
  '/[...path]': '/[...path]',
} as const;

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  pathnames,
  // The reader's language choice: remembered for a year; Lax so it survives arriving from another
  // site; Secure when the site is served over HTTPS. The only cookie the site sets.
  localeCookie: { name: localeCookieName, maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', secure: siteUrl().startsWith('https://') },
  // hreflang lives in each page's <head> (real versions only); the generic Link header would list
  // fallback pages too.
  alternateLinks: false,
});
