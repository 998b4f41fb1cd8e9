import type { Entry } from '../content/types';
import { locales, type Locale } from './locales';

/** A language of this page: `translated` when that locale has a real version, `original` when it is the one the others were translated from. */
export type Alternate = { locale: Locale; href: string; translated: boolean; original?: boolean };

/** The same page in every locale (home, newsroom, categories: every locale is real). */
export function alternatesFor(path: (locale: Locale) => string): Alternate[] {
  return locales.map((locale) => ({ locale, href: path(locale), translated: true }));
}

/** An article or page in every locale; `translated` says whether that locale has a real version. */
export function versionAlternates(entry: Entry, path: (locale: Locale) => string): Alternate[] {
  return locales.map((locale) => {
    const version = entry.versions[locale];
    return { locale, href: path(locale), translated: Boolean(version), original: Boolean(version) && !version?.translatedFrom };
  });
}
