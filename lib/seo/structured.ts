/** Structured data of each page type, composed from content and labels in the page's language. */
import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { site, type Category } from '../site';
import type { ShownStory } from '../content/types';
import { lastModified } from '../content/model';
import { breadcrumbLd, newsArticleLd, type JsonLd } from './jsonld';

/** NewsArticle and its breadcrumb trail (site › newsroom › story). */
export async function storyStructuredData(locale: Locale, story: ShownStory): Promise<JsonLd[]> {
  const t = await getTranslations({ locale });
  const { version } = story;
  const url = paths.story(version.locale, version.slug);
  return [
    newsArticleLd({
      url,
      headline: version.title,
      description: version.summary,
      inLanguage: version.locale,
      datePublished: version.date,
      dateModified: lastModified(version) ?? version.date,
      images: [...(version.image ? [version.image] : []), paths.shareImage(locale, version.slug)],
      section: t(`categories.${version.category}`),
      keywords: version.tags,
    }),
    breadcrumbLd([
      { name: site.name, path: paths.home(locale) },
      { name: t('newsroom.title'), path: paths.newsroom(locale) },
      { name: version.title, path: paths.story(locale, version.slug) },
    ]),
  ];
}

/** Breadcrumb trail of a newsroom page (site › newsroom › category › page N). */
export async function newsroomStructuredData(locale: Locale, page: number, category?: Category): Promise<JsonLd> {
  const t = await getTranslations({ locale });
  const items = [
    { name: site.name, path: paths.home(locale) },
    { name: t('newsroom.title'), path: paths.newsroom(locale) },
  ];
  if (category) items.push({ name: t(`categories.${category}`), path: paths.newsroom(locale, 1, category) });
  if (page > 1) items.push({ name: t('newsroom.pageN', { page }), path: paths.newsroom(locale, page, category) });
  return breadcrumbLd(items);
}
