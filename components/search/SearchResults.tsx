import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { categories, type Category } from '@/lib/site';
import { paths } from '@/lib/i18n/paths';
import { getLatest } from '@/lib/content';
import type { SearchResult } from '@/lib/search';
import { maxQueryLength } from '@/lib/search/query';
import { NewsDate } from '@/components/news/NewsDate';
import { CategoryLabel } from '@/components/news/CategoryLabel';
import { StoryGrid } from '@/components/news/StoryGrid';
import { Pagination } from '@/components/news/Pagination';
import { Highlighted } from './Highlighted';

export function searchHref(locale: Locale, q: string, category?: Category, page = 1) {
  const params = new URLSearchParams({ q });
  if (category) params.set('category', category);
  if (page > 1) params.set('page', String(page));
  return `/${locale}/search?${params}`;
}

/** Results of a search (or the prompt and the latest stories when there is nothing to search). */
export async function SearchResults({ locale, result, category }: { locale: Locale; result: SearchResult; category?: Category }) {
  const t = await getTranslations({ locale });
  const { query } = result;
  const latest = (
    <section aria-labelledby="latest-heading" className="mt-12">
      <h2 id="latest-heading" className="text-2xl font-bold">
        {t('search.latest')}
      </h2>
      <div className="mt-6">
        <StoryGrid stories={getLatest(locale, 6)} locale={locale} />
      </div>
    </section>
  );
  if (!query.terms.length) {
    return (
      <div data-testid="search-empty-query">
        <p className="mt-6 text-lg text-muted">{query.display ? t('search.tooShort') : t('search.prompt')}</p>
        {latest}
      </div>
    );
  }
  const pill =
    'inline-block rounded-full border border-line px-3 py-1.5 text-sm hover:border-accent aria-[current=true]:border-accent aria-[current=true]:bg-accent aria-[current=true]:text-accent-ink';
  return (
    <div>
      {query.truncated ? (
        <p className="mt-4 text-sm text-muted" data-testid="search-truncated">
          {t('search.truncated', { max: maxQueryLength })}
        </p>
      ) : null}
      <nav aria-label={t('search.filterLabel')} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={searchHref(locale, query.display)} aria-current={category ? undefined : 'true'} className={pill}>
              {t('newsroom.all')}
            </Link>
          </li>
          {categories.map((c) => (
            <li key={c}>
              <Link href={searchHref(locale, query.display, c)} aria-current={category === c ? 'true' : undefined} className={pill}>
                {t(`categories.${c}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-label={t('search.resultsRegion')} className="mt-6">
        <p className="text-sm text-muted" role="status" data-testid="search-count">
          {t('search.results', { count: result.total, query: query.display })}
        </p>
        {result.beyondLastPage && result.total ? (
          <div className="mt-6 rounded-md border border-line bg-surface p-6" data-testid="search-beyond">
            <p className="text-lg font-semibold">{t('search.beyond')}</p>
            <p className="mt-2">
              <Link href={searchHref(locale, query.display, category)} className="text-accent underline underline-offset-4">
                {t('search.firstPage')}
              </Link>
            </p>
          </div>
        ) : result.hits.length ? (
          <ol className="mt-6 space-y-8" data-testid="search-results">
            {result.hits.map(({ story, title, snippet }) => (
              <li key={story.entry.slug} data-testid="search-result" data-slug={story.entry.slug} data-lang={story.version.locale}>
                <article>
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                    {story.version.category ? <CategoryLabel category={story.version.category} locale={locale} /> : null}
                    {story.isFallback ? (
                      <span className="rounded border border-line px-1.5 py-0.5 text-xs text-muted" data-testid="language-tag">
                        {t('card.languageTag', { language: t(`languages.${story.version.locale}`) })}
                      </span>
                    ) : null}
                    <NewsDate iso={story.version.date} locale={locale} className="text-muted" />
                  </div>
                  <h2 className="mt-1 text-xl font-semibold leading-snug" lang={story.version.locale}>
                    <Link href={paths.article(locale, story.entry.slug)} className="hover:underline hover:underline-offset-4">
                      <Highlighted segments={title} />
                    </Link>
                  </h2>
                  <p className="mt-2 max-w-3xl font-serif leading-relaxed text-muted" lang={story.version.locale} data-testid="search-snippet">
                    <Highlighted segments={snippet} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
        ) : (
          <div className="mt-6 rounded-md border border-line bg-surface p-6" data-testid="search-no-results">
            <p className="text-lg font-semibold">{t('search.noResults', { query: query.display })}</p>
            {result.suggestion ? (
              <p className="mt-2 text-lg" data-testid="search-suggestion">
                {t.rich('search.didYouMean', {
                  suggestion: result.suggestion,
                  link: (chunks) => (
                    <Link href={searchHref(locale, result.suggestion!, category)} className="font-semibold text-accent underline underline-offset-4">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            ) : null}
            <p className="mt-2 text-muted">{t('search.noResultsHint')}</p>
          </div>
        )}
        <Pagination locale={locale} page={result.page} totalPages={result.totalPages} href={(p) => searchHref(locale, query.display, category, p)} label={t('search.pagination')} />
      </section>
      {result.hits.length || result.beyondLastPage ? null : latest}
    </div>
  );
}
