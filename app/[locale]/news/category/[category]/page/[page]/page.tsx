import type { Metadata } from 'next';
import { localeParam } from '@/lib/i18n/params';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { newsroomMetadata } from '@/lib/seo/page-metadata';
import { routing } from '@/lib/i18n/routing';
import { categories } from '@/lib/site';
import { getNewsroomListing, prerenderedPageCount } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { parseCategoryParam, parsePageParam } from '@/lib/params';
import { PageShell } from '@/components/layout/PageShell';
import { NewsroomView } from '@/components/news/NewsroomView';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

type Props = PageProps<'/[locale]/news/category/[category]/page/[page]'>;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    categories.flatMap((category) =>
      Array.from({ length: prerenderedPageCount(category) - 1 }, (_, i) => ({ locale, category, page: String(i + 2) })),
    ),
  );
}

async function load(params: Props['params']) {
  const { locale, category, page } = await localeParam(params);
  const c = parseCategoryParam(category);
  const n = parsePageParam(page);
  const listing = c && n ? getNewsroomListing(locale, n, c) : null;
  return { locale, category: c, listing };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category, listing } = await load(params);
  return listing && category ? newsroomMetadata(locale, listing.page, category) : {};
}

export default async function CategoryPageN({ params }: Props) {
  const { locale, category, listing } = await load(params);
  setRequestLocale(locale);
  if (!listing || !category) notFound();
  return (
    <PageShell locale={locale} alternates={alternatesFor((l) => paths.newsroom(l, listing.page, category))}>
      <NewsroomView locale={locale} listing={listing} category={category} />
    </PageShell>
  );
}
