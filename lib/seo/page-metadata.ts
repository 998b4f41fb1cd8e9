/**
 * Metadata of each page type, in the page's language. Routes call these from generateMetadata.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { site, type Category } from '../site';
import type { ShownPage, ShownStory } from '../content/types';
import { allLocales, pageMetadata, type Languages } from './metadata';
import { lastModified } from '../content/model';

async function common(locale: Locale) {
  const t = await getTranslations({ locale });
  return { t, feed: { title: `${t('newsroom.title')} – ${site.name}` } };
}

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const { t, feed } = await common(locale);
  const title = `${t('site.newsroomName')} – ${t('site.tagline')}`;
  return pageMetadata({
    locale,
    title: { absolute: title },
    shareTitle: t('site.newsroomName'),
    description: t('home.intro'),
    canonicalPath: paths.home(locale),
    languages: allLocales(paths.home),
    feed,
    shareImagePath: paths.shareImage(locale),
  });
}

export async function newsroomMetadata(locale: Locale, page: number, category?: Category): Promise<Metadata> {
  const { t, feed } = await common(locale);
  const name = category ? t(`categories.${category}`) : t('newsroom.title');
  const pageSuffix = page > 1 ? ` – ${t('newsroom.pageN', { page })}` : '';
  return pageMetadata({
    locale,
    title: category ? `${name}${pageSuffix}` : { absolute: `${name}${pageSuffix} – ${site.name}` },
    shareTitle: `${name}${pageSuffix}`,
    description: category ? t('newsroom.categoryDescription', { category: name }) : t('newsroom.description'),
    canonicalPath: paths.newsroom(locale, page, category),
    languages: allLocales((l) => paths.newsroom(l, page, category)),
    feed,
    shareImagePath: paths.shareImage(locale),
  });
}

/** A story or static page: real versions in hreflang; a fallback page points at the real one. */
export async function storyMetadata(locale: Locale, shown: ShownStory | ShownPage): Promise<Metadata> {
  const { t, feed } = await common(locale);
  const { version, entry, isFallback } = shown;
  const story = version.kind === 'story' ? version : undefined;
  const path = story ? paths.story : paths.page;
  const languages = Object.fromEntries(entry.locales.map((l) => [l, path(l, entry.slug)])) as Languages;
  return pageMetadata({
    locale,
    contentLocale: version.locale,
    title: story ? version.title : { absolute: `${version.title} – ${site.name}` },
    shareTitle: version.title,
    description: version.summary,
    canonicalPath: path(version.locale, entry.slug),
    languages: isFallback ? null : languages,
    feed,
    shareImagePath: paths.shareImage(locale, story ? entry.slug : undefined),
    article: story
      ? {
          publishedTime: story.date,
          modifiedTime: lastModified(story) ?? story.date,
          section: t(`categories.${story.category}`),
          tags: story.tags,
        }
      : undefined,
  });
}

export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: { absolute: `${t('title')} – ${site.name}` }, robots: { index: false } };
}
