import type { Metadata } from 'next';
import { localeParam } from '@/lib/i18n/params';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { getBody, getNeighbours, getRelated, getStory, prerenderedStorySlugs } from '@/lib/content';
import { articleAlternates } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { PageShell } from '@/components/layout/PageShell';
import { ArticleView } from '@/components/news/ArticleView';
import { storyMetadata } from '@/lib/seo/page-metadata';
import { articleStructuredData } from '@/lib/seo/structured';
import { JsonLd } from '@/components/seo/JsonLd';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

type Props = PageProps<'/[locale]/news/[slug]'>;

/** The newest stories are rendered at build; any other is rendered on its first request and kept. */
export function generateStaticParams() {
  const slugs = prerenderedStorySlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

async function load(params: Props['params']) {
  const { locale, slug } = await localeParam(params);
  return { locale, slug, story: getStory(locale, slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, story } = await load(params);
  return story ? storyMetadata(locale, story) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug, story } = await load(params);
  setRequestLocale(locale);
  if (!story) notFound();
  const t = await getTranslations({ locale });
  const { older, newer } = getNeighbours(locale, slug);
  return (
    <PageShell locale={locale} alternates={articleAlternates(story.entry, (l) => paths.article(l, slug))} showTranslationStatus>
      <JsonLd data={await articleStructuredData(locale, story)} />
      <ArticleView
        locale={locale}
        shown={story}
        body={getBody(story.version)}
        breadcrumb={[{ label: t('newsroom.title'), href: paths.newsroom(locale) }]}
        shareUrl={`${siteUrl()}${paths.article(story.version.locale, slug)}`}
        related={getRelated(locale, slug, 3)}
        older={older}
        newer={newer}
        versionHref={(l) => paths.article(l, slug)}
      />
    </PageShell>
  );
}
