import type { Metadata } from 'next';
import { localeParam } from '@/lib/i18n/params';
import { setRequestLocale } from 'next-intl/server';
import { newsroomMetadata } from '@/lib/seo/page-metadata';
import { getNewsroomListing } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { PageShell } from '@/components/layout/PageShell';
import { NewsroomView } from '@/components/news/NewsroomView';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/news'>): Promise<Metadata> {
  return newsroomMetadata((await localeParam(params)).locale, 1);
}

export default async function NewsroomPage({ params }: PageProps<'/[locale]/news'>) {
  const { locale } = await localeParam(params);
  setRequestLocale(locale);
  const listing = getNewsroomListing(locale, 1)!;
  return (
    <PageShell locale={locale} alternates={alternatesFor((l) => paths.newsroom(l))}>
      <NewsroomView locale={locale} listing={listing} />
    </PageShell>
  );
}
