import type { Metadata } from 'next';
import { localeParam } from '@/lib/i18n/params';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { absoluteUrl } from '@/lib/seo/urls';
import { getBody, getNeighbours, getRelated, getStory, prerenderedStorySlugs } from '@/lib/content';
import { versionAlternates } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { PageShell } from '@/components/layout/PageShell';
import { StoryView } from '@/components/news/StoryView';
import { storyMetadata } from '@/lib/seo/page-metadata';
import { storyStructuredData } from '@/lib/seo/structured';
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
    <PageShell locale={locale} alternates={versionAlternates(story.entry, (l) => paths.story(l, slug))} showTranslationStatus>
      <JsonLd data={await storyStructuredData(locale, story)} />
      <StoryView
        locale={locale}
        shown={story}
        body={getBody(story.version)}
        breadcrumb={[{ label: t('newsroom.title'), href: paths.newsroom(locale) }]}
        shareUrl={absoluteUrl(paths.story(story.version.locale, slug))}
        related={getRelated(locale, slug, 3)}
        older={older}
        newer={newer}
        versionHref={(l) => paths.story(l, slug)}
      />
    </PageShell>
  );
}
