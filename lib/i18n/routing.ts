import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';
import { siteUrl } from '../site';

/**
 * The reader's language choice: remembered for a year; Lax so it survives arriving from another
 * site; Secure when the site is served over HTTPS. The only cookie the site sets.
 */
export const localeCookie = {
  name: 'NEXT_LOCALE',
  maxAge: 60 * 60 * 24 * 365,
  sameSite: 'lax',
  secure: siteUrl().startsWith('https://'),
} as const;

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie,
  // hreflang lives in each page's <head> (real versions only); the generic Link header would list
  // fallback pages too.
  alternateLinks: false,
});
