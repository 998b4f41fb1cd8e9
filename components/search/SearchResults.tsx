import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { Category } from '@/lib/site';
import { paths } from '@/lib/i18n/paths';
import type { ShownStory } from '@/lib/content';
import type { SearchResult } from '@/lib/search';
import { maxQueryLength } from '@/lib/search/query';
import { NewsDate } from '@/components/news/NewsDate';
import { CategoryFilter } from '@/components/news/CategoryFilter';
import { CategoryLabel } from '@/components/news/CategoryLabel';
import { StoryGrid } from '@/components/news/StoryGrid';
import { Pagination } from '@/components/news/Pagination';
import { Highlighted } from './Highlighted';

/**
 * Results of a search (or the prompt and `latest`, the newest stories, when there is nothing to
 * search or nothing found).
 */
export async function SearchResults({
  locale,
  result,
  category,
  latest: newest,
}: {
  locale: Locale;
  result: SearchResult;
  category?: Category;
  latest: ShownStory[];
}) {
  const t = await getTranslations({ locale });
  const { query } = result;
  const latest = (
    <section aria-labelledby="latest-heading" className="mt-12">
      <h2 id="latest-heading" className="text-2xl font-bold">
        {t('search.latest')}
      </h2>
      <div className="mt-6">
        <StoryGrid stories={newest} locale={locale} />
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
  return (
    <div>
      {query.truncated ? (
        <p className="mt-4 text-sm text-muted" data-testid="search-truncated">
          {t('search.truncated', { max: maxQueryLength })}
        </p>
      ) : null}
      <CategoryFilter
        locale={locale}
        active={category ?? 'all'}
        href={(c) => paths.search(locale, { q: query.display, category: c })}
        label={t('search.filterLabel')}
      />
      <section aria-label={t('search.resultsRegion')} className="mt-6">
        <p className="text-sm text-muted" role="status" data-testid="search-count">
          {t('search.results', { count: result.total, query: query.display })}
        </p>
        {result.beyondLastPage && result.total ? (
          <div className="mt-6 rounded-md border border-line bg-surface p-6" data-testid="search-beyond">
            <p className="text-lg font-semibold">{t('search.beyond')}</p>
            <p className="mt-2">
              <Link href={paths.search(locale, { q: query.display, category })} className="text-accent underline underline-offset-4">
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
                    <Link href={paths.story(locale, story.entry.slug)} className="hover:underline hover:underline-offset-4">
                      <Highlighted segments={title} />
                    </Link>
                  </h2>
                  <p
                    className="mt-2 max-w-3xl font-serif leading-relaxed text-muted"
                    lang={story.version.locale}
                    data-testid="search-snippet"
                  >
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
                    <Link
                      href={paths.search(locale, { q: result.suggestion!, category })}
                      className="font-semibold text-accent underline underline-offset-4"
                    >
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            ) : null}
            <p className="mt-2 text-muted">{t('search.noResultsHint')}</p>
          </div>
        )}
        <Pagination
          locale={locale}
          page={result.page}
          totalPages={result.totalPages}
          href={(p) => paths.search(locale, { q: query.display, category, page: p })}
          label={t('search.pagination')}
        />
      </section>
      {result.hits.length || result.beyondLastPage ? null : latest}
    </div>
  );
}
