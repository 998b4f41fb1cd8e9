/**
 * The four listing routes (the newsroom and a category, page 1 and page N) share this: read the
 * params, load the listing through lib/content, 404 for a page or category that does not exist.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getNewsroomListing, prerenderedPageCount } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localeParam, parseCategoryParam, parsePageParam } from '@/lib/i18n/params';
import { paths } from '@/lib/i18n/paths';
import { routing } from '@/lib/i18n/routing';
import { categories, type Category } from '@/lib/site';
import { newsroomMetadata } from '@/lib/seo/page-metadata';
import { PageShell } from '@/components/layout/PageShell';
import { NewsroomView } from '@/components/news/NewsroomView';

type ListingParams = Promise<{ locale: string; category?: string; page?: string }>;

async function load(params: ListingParams) {
  const { locale, category, page } = await localeParam(params);
  const c = category === undefined ? undefined : parseCategoryParam(category);
  const n = page === undefined ? 1 : parsePageParam(page);
  const listing = c === null || n === null ? null : getNewsroomListing(locale, n, c);
  return { locale, category: c ?? undefined, listing };
}

export async function listingMetadata(params: ListingParams): Promise<Metadata> {
  const { locale, category, listing } = await load(params);
  return listing ? newsroomMetadata(locale, listing.page, category) : {};
}

export async function Listing({ params }: { params: ListingParams }) {
  const { locale, category, listing } = await load(params);
  setRequestLocale(locale);
  if (!listing) notFound();
  return (
    <PageShell locale={locale} alternates={alternatesFor((l) => paths.newsroom(l, listing.page, category))}>
      <NewsroomView locale={locale} listing={listing} category={category} />
    </PageShell>
  );
}

/** The listing pages rendered at build (all in a small newsroom, the first ones in a large one: lib/site.ts). */
export function prerenderedListings({ byCategory, pageN }: { byCategory: boolean; pageN: boolean }) {
  const kinds: (Category | undefined)[] = byCategory ? [...categories] : [undefined];
  return routing.locales.flatMap((locale) =>
    kinds.flatMap((category) => {
      const count = prerenderedPageCount(category);
      const pages = pageN ? Array.from({ length: Math.max(0, count - 1) }, (_, i) => ({ page: String(i + 2) })) : count >= 1 ? [{}] : [];
      return pages.map((p) => ({ locale, ...(category ? { category } : {}), ...p }));
    }),
  );
}
