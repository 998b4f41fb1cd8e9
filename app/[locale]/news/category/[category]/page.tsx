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
import { parseCategoryParam } from '@/lib/params';
import { PageShell } from '@/components/layout/PageShell';
import { NewsroomView } from '@/components/news/NewsroomView';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

type Props = PageProps<'/[locale]/news/category/[category]'>;

/** Every category in a small newsroom; in a large one, rendered on first request (lib/site.ts). */
export function generateStaticParams() {
  const rendered = categories.filter((category) => prerenderedPageCount(category) >= 1);
  return routing.locales.flatMap((locale) => rendered.map((category) => ({ locale, category })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category } = await localeParam(params);
  const c = parseCategoryParam(category);
  return c ? newsroomMetadata(locale, 1, c) : {};
}

export default async function CategoryPage({ params }: Props) {
  const { locale, category } = await localeParam(params);
  setRequestLocale(locale);
  const c = parseCategoryParam(category);
  const listing = c ? getNewsroomListing(locale, 1, c) : null;
  if (!c || !listing) notFound();
  return (
    <PageShell locale={locale} alternates={alternatesFor((l) => paths.newsroom(l, 1, c))}>
      <NewsroomView locale={locale} listing={listing} category={c} />
    </PageShell>
  );
}
