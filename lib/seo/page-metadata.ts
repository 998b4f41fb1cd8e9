/**
 * Metadata of each page type, in the page's language. Routes call these from generateMetadata.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { site, type Category } from '../site';
import type { Resolved } from '../content/types';
import { allLocales, pageMetadata, type Languages } from './metadata';

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
    shareImagePath: `/${locale}/opengraph-image`,
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
    shareImagePath: `/${locale}/opengraph-image`,
  });
}

/** An article or static page: real versions in hreflang; a fallback page points at the real one. */
export async function storyMetadata(locale: Locale, story: Resolved, kind: 'article' | 'page'): Promise<Metadata> {
  const { t, feed } = await common(locale);
  const { version, article, isFallback } = story;
  const path = kind === 'article' ? paths.article : paths.page;
  const languages = Object.fromEntries(article.locales.map((l) => [l, path(l, article.slug)])) as Languages;
  return pageMetadata({
    locale,
    contentLocale: version.locale,
    title: kind === 'article' ? version.title : { absolute: `${version.title} – ${site.name}` },
    shareTitle: version.title,
    description: version.summary,
    canonicalPath: path(version.locale, article.slug),
    languages: isFallback ? null : languages,
    feed,
    shareImagePath: kind === 'article' ? `/${locale}/news/${article.slug}/opengraph-image` : `/${locale}/opengraph-image`,
    article:
      kind === 'article'
        ? {
            publishedTime: version.date,
            modifiedTime: version.updated ?? version.date,
            section: version.category ? t(`categories.${version.category}`) : undefined,
            tags: version.tags,
          }
        : undefined,
  });
}

export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: { absolute: `${t('title')} – ${site.name}` }, robots: { index: false } };
}
