import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';
import { localeCookie } from './cookie';

export { localeCookie };

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie,
  // hreflang lives in each page's <head> (real versions only); the generic Link header would list
  // fallback pages too.
  alternateLinks: false,
});
