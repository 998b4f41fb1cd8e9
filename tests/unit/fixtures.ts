import type { Locale } from '@/lib/i18n/locales';
import type { Category } from '@/lib/site';
import type { Version } from '@/lib/content/types';

/** A version record as the index holds it; only what a test cares about needs to be given. */
export function version(slug: string, locale: Locale, over: Partial<Version> = {}): Version {
  return {
    kind: 'news',
    slug,
    locale,
    title: `${slug} (${locale})`,
    summary: `Summary of ${slug}`,
    date: '2024-01-01T09:00:00.000Z',
    category: 'general' as Category,
    tags: [],
    featured: false,
    draft: false,
    format: 'md',
    file: `${locale}/news/${slug}.md`,
    bodyPath: `.contentlayer/generated/NewsMd/${locale}__news__${slug}.md.json`,
    ...over,
  };
}
