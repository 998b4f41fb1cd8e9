import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Listing, ShownStory } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import type { Category } from '@/lib/site';
import { paths } from '@/lib/i18n/paths';
import { CategoryFilter } from './CategoryFilter';
import { Pagination } from './Pagination';
import { StoryGrid } from './StoryGrid';
import { JsonLd } from '@/components/seo/JsonLd';
import { newsroomStructuredData } from '@/lib/seo/structured';

/** A page of the newsroom (all stories or one category): heading, filter, grid, pagination. */
export async function NewsroomView({ locale, listing, category }: { locale: Locale; listing: Listing<ShownStory>; category?: Category }) {
  const t = await getTranslations({ locale });
  return (
    <div className="container-page py-10">
      <JsonLd data={await newsroomStructuredData(locale, listing.page, category)} />
      <header>
        <h1 className="text-4xl font-bold md:text-5xl">{category ? t(`categories.${category}`) : t('newsroom.title')}</h1>
        <p className="mt-3 max-w-2xl text-lg text-muted">
          {category ? t('newsroom.categoryDescription', { category: t(`categories.${category}`) }) : t('newsroom.description')}
        </p>
        <CategoryFilter locale={locale} active={category ?? 'all'} />
        <p className="mt-6 text-sm text-muted" data-testid="story-count">
          {t('newsroom.count', { count: listing.total })}
          {listing.totalPages > 1 ? ` · ${t('newsroom.pageOf', { page: listing.page, total: listing.totalPages })}` : ''}
        </p>
      </header>
      {listing.items.length ? (
        <div className="mt-8">
          <StoryGrid stories={listing.items} locale={locale} headingLevel={2} />
        </div>
      ) : (
        <div className="mt-10 rounded-md border border-line bg-surface p-8">
          <p className="text-lg">{t('newsroom.empty')}</p>
          <p className="mt-2">
            <Link href={paths.newsroom(locale)} className="text-accent underline underline-offset-4">
              {t('newsroom.emptyHint')}
            </Link>
          </p>
        </div>
      )}
      <Pagination locale={locale} page={listing.page} totalPages={listing.totalPages} category={category} />
    </div>
  );
}
