/**
 * The site's routing for next-intl: the locale list, the default locale, always a locale prefix,
 * and the cookie that remembers a language the reader chose.
 */
import { defineRouting } from 'next-intl/routing';
import { siteUrl } from '../site';
import { defaultLocale, locales } from './locales';

/** The cookie that remembers the reader's language choice. */
export const localeCookieName = 'NEXT_LOCALE';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The reader's language choice: remembered for a year; Lax so it survives arriving from another
  // site; Secure when the site is served over HTTPS. The only cookie the site sets.
  localeCookie: { name: localeCookieName, maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', secure: siteUrl().startsWith('https://') },
  // hreflang lives in each page's <head> (real versions only); the generic Link header would list
  // fallback pages too.
  alternateLinks: false,
});
