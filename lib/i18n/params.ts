import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './locales';

/**
 * The locale of a route's params, or the 404 page: a route's metadata and body may run before the
 * layout has rejected an unknown locale, and nothing below should ever see one.
 */
export async function localeParam<T extends { locale: string }>(params: Promise<T>): Promise<Omit<T, 'locale'> & { locale: Locale }> {
  const p = await params;
  if (!isLocale(p.locale)) notFound();
  return p as Omit<T, 'locale'> & { locale: Locale };
}
