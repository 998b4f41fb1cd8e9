import { siteUrl } from '../site';
import { isLocale, type Locale } from './locales';
import { negotiateLocale } from './negotiate';

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

/**
 * The locale cookie to set for a reader who opens a page in `pathLocale`, or null: it is set only
 * when they read another language than the one their cookie (or, without one, their browser) asks
 * for — that is a choice worth remembering. Shared by the proxy and the production server's cache.
 */
export function localeCookieToSet(pathLocale: Locale, cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale | null {
  const wanted = cookieValue !== undefined && isLocale(cookieValue) ? cookieValue : cookieValue !== undefined ? null : negotiateLocale(acceptLanguage);
  return wanted === pathLocale ? null : pathLocale;
}
