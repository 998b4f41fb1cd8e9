import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The reader's choice is remembered for a year; Lax so it survives arriving from another site.
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
  // hreflang lives in each page's <head> (real versions only); the generic Link header would list
  // fallback pages too.
  alternateLinks: false,
});
