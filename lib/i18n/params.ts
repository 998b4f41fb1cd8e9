/** The params of the site's routes, read once: a locale, a listing page number, a category. */
import { notFound } from 'next/navigation';
import { isCategory, type Category } from '../site';
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

/** A page number from a URL segment: digits only, no leading zero, at least 2 (page 1 has no segment). */
export function parsePageParam(raw: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 2 ? n : null;
}

export function parseCategoryParam(raw: string): Category | null {
  return isCategory(raw) ? raw : null;
}
