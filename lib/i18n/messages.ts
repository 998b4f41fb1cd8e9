import type { Locale } from './locales';

/** Loads one locale's messages (each locale is its own chunk). */
export async function loadMessages(locale: Locale) {
  return (await import(`../../messages/${locale}.json`)).default as typeof import('../../messages/en.json');
}
