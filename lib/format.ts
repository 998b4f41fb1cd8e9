import type { Locale } from './i18n/locales';
import { localeRegions, timeZone } from './i18n/locales';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The locale's region (en-GB, fr-FR…), as og:locale says: a European newsroom writes "2 December 2026". */
const region = (locale: Locale) => localeRegions[locale].replace('_', '-');

/**
 * A date as the newsroom shows it: the locale's long date style ("28 juin 2024",
 * "21 februarie 2022") in Europe/Brussels time, the same on server and client.
 */
export function formatNewsDate(iso: string, locale: Locale): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(region(locale), { dateStyle: 'long', timeZone });
    formatters.set(locale, f);
  }
  return f.format(new Date(iso));
}

const dateTimes = new Map<string, Intl.DateTimeFormat>();

/** A date and time ("15 January 2027, 09:00"), for scheduled stories in the preview. */
export function formatNewsDateTime(iso: string, locale: Locale): string {
  let f = dateTimes.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(region(locale), { dateStyle: 'long', timeStyle: 'short', timeZone });
    dateTimes.set(locale, f);
  }
  return f.format(new Date(iso));
}
