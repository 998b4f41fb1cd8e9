/**
 * The proxy's one rule before next-intl negotiates (proxy.ts): what the first segment of a path says.
 */
import { isLocale, type Locale } from './locales';

export type FirstSegment =
  /** A supported locale (`/fr/…`): next-intl serves it and remembers the choice. */
  | { kind: 'localized'; locale: Locale }
  /** A supported locale in another spelling (`EN`, `en-GB`, `fr_BE`): redirect to its address. */
  | { kind: 'redirect'; pathname: string }
  /** A language we do not serve (`/xx/news`) or a file name (`/x.txt`): the App Router answers 404. */
  | { kind: 'pass' }
  /** No locale (`/`, `/news`): next-intl redirects to the reader's best locale. */
  | { kind: 'negotiate' };

const languageTag = /^[a-z]{2}(?:[-_][a-z0-9]{2,8})*$/i;

/** Decides what the proxy does with a path, from its first segment. Pure. */
export function classifyFirstSegment(pathname: string): FirstSegment {
  const [, first = '', ...rest] = pathname.split('/');
  if (isLocale(first)) return { kind: 'localized', locale: first };
  if (!first) return { kind: 'negotiate' };
  if (first.includes('.')) return { kind: 'pass' };
  if (!languageTag.test(first)) return { kind: 'negotiate' };
  const primary = first.split(/[-_]/)[0]!.toLowerCase();
  return isLocale(primary) ? { kind: 'redirect', pathname: ['', primary, ...rest].join('/') } : { kind: 'pass' };
}
