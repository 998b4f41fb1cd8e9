import { isLocale, locales, type Locale } from './locales';

export type PathDecision =
  /** Path already starts with a supported locale. */
  | { kind: 'localized'; locale: Locale }
  /** First segment is a supported locale in another spelling (`EN`, `en-GB`, `fr_BE`): redirect. */
  | { kind: 'redirect'; pathname: string }
  /** First segment looks like a language tag we do not serve (`/xx/news`): answer 404. */
  | { kind: 'unknown-locale' }
  /** No locale in the path (`/`, `/news`): negotiate one. */
  | { kind: 'negotiate' };

/** Request header next-intl's middleware sets with the URL's locale (read by the 404 page). */
export const localeHeader = 'x-next-intl-locale';

const languageTag = /^[a-z]{2}(?:[-_][a-z0-9]{2,8})*$/i;

/** Decides what the proxy does with a path, from its first segment. Pure. */
export function classifyPath(pathname: string): PathDecision {
  const [, first = '', ...rest] = pathname.split('/');
  if (isLocale(first)) return { kind: 'localized', locale: first };
  if (!first || !languageTag.test(first)) return { kind: 'negotiate' };
  const primary = first.split(/[-_]/)[0]!.toLowerCase();
  if (isLocale(primary)) {
    return { kind: 'redirect', pathname: ['', primary, ...rest].join('/') };
  }
  return { kind: 'unknown-locale' };
}

export { locales };
