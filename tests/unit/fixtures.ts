import type { Locale } from '@/lib/i18n/locales';
import type { Category } from '@/lib/site';
import type { PageVersion, StoryVersion } from '@/lib/content/types';

/** A story version as the index holds it; only what a test cares about needs to be given. */
export function version(slug: string, locale: Locale, over: Partial<StoryVersion> = {}): StoryVersion {
  return {
    kind: 'story',
    _id: `${locale}/news/${slug}.md`,
    type: 'StoryMd',
    slug,
    locale,
    title: `${slug} (${locale})`,
    summary: `Summary of ${slug}`,
    displayTitle: `${slug} (${locale})`,
    displaySummary: `Summary of ${slug}`,
    date: '2024-01-01T09:00:00.000Z',
    category: 'general' as Category,
    tags: [],
    imageWidth: 0,
    imageHeight: 0,
    featured: false,
    draft: false,
    ...over,
  };
}

/** A static page version as the index holds it. */
export function pageVersion(slug: string, locale: Locale, over: Partial<PageVersion> = {}): PageVersion {
  return {
    kind: 'page',
    _id: `${locale}/pages/${slug}.md`,
    type: 'PageMd',
    slug,
    locale,
    title: `${slug} (${locale})`,
    summary: `About ${slug}`,
    displayTitle: `${slug} (${locale})`,
    displaySummary: `About ${slug}`,
    draft: false,
    ...over,
  };
}
