import type { Category } from '../site';
import type { Locale } from './locales';

/** `/news` in `fr` → `/fr/news`; `/` → `/fr`. External URLs and anchors pass through. */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  newsroom: (locale: Locale, page = 1, category?: Category) => {
    const base = category ? `/${locale}/news/category/${category}` : `/${locale}/news`;
    return page > 1 ? `${base}/page/${page}` : base;
  },
  article: (locale: Locale, slug: string) => `/${locale}/news/${slug}`,
  page: (locale: Locale, slug: string) => `/${locale}/${slug}`,
  feed: (locale: Locale, category?: Category) => (category ? `/${locale}/news/category/${category}/feed.xml` : `/${locale}/feed.xml`),
};
