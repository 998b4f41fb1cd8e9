import type { Metadata } from 'next';
import { localeParam } from '@/lib/i18n/params';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { newsroomMetadata } from '@/lib/seo/page-metadata';
import { routing } from '@/lib/i18n/routing';
import { getNewsroomListing, prerenderedPageCount } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { parsePageParam } from '@/lib/params';
import { PageShell } from '@/components/layout/PageShell';
import { NewsroomView } from '@/components/news/NewsroomView';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

type Props = PageProps<'/[locale]/news/page/[page]'>;

export function generateStaticParams() {
  const pages = prerenderedPageCount();
  return routing.locales.flatMap((locale) =>
    Array.from({ length: pages - 1 }, (_, i) => ({ locale, page: String(i + 2) })),
  );
}

async function load(params: Props['params']) {
  const { locale, page } = await localeParam(params);
  const n = parsePageParam(page);
  const listing = n ? getNewsroomListing(locale, n) : null;
  return { locale, listing };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, listing } = await load(params);
  return listing ? newsroomMetadata(locale, listing.page) : {};
}

export default async function NewsroomPageN({ params }: Props) {
  const { locale, listing } = await load(params);
  setRequestLocale(locale);
  if (!listing) notFound();
  return (
    <PageShell locale={locale} alternates={alternatesFor((l) => paths.newsroom(l, listing.page))}>
      <NewsroomView locale={locale} listing={listing} />
    </PageShell>
  );
}
