/**
 * The one list of locales. Order matters: it is the order used wherever locales are listed
 * (language switcher, fallback chain after `en`, hreflang, sitemaps).
 */
export const locales = ['en', 'fr', 'de', 'el', 'it', 'es', 'sv', 'ro'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Native names, for the language switcher and for notices that name a language. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  el: 'Ελληνικά',
  it: 'Italiano',
  es: 'Español',
  sv: 'Svenska',
  ro: 'Română',
};

/** Region used for Open Graph (`og:locale`), e.g. `fr_FR`. */
export const localeRegions: Record<Locale, string> = {
  en: 'en_GB',
  fr: 'fr_FR',
  de: 'de_DE',
  el: 'el_GR',
  it: 'it_IT',
  es: 'es_ES',
  sv: 'sv_SE',
  ro: 'ro_RO',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Europe/Brussels is the newsroom's clock: dates without an offset are read and shown in it. */
export const timeZone = 'Europe/Brussels';
