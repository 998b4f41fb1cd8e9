import type { Metadata } from 'next';
import { localeParam, parseCategoryParam } from '@/lib/i18n/params';
import { paths } from '@/lib/i18n/paths';
import { getLatest } from '@/lib/content';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { alternatesFor } from '@/lib/i18n/alternates';
import { search } from '@/lib/search';
import { normalizeQuery } from '@/lib/search/query';
import { site } from '@/lib/site';
import { PageShell } from '@/components/layout/PageShell';
import { SearchForm } from '@/components/search/SearchForm';
import { LiveSearch } from '@/components/search/LiveSearch';
import { SearchResults } from '@/components/search/SearchResults';

type Props = PageProps<'/[locale]/search'>;

function readParams(searchParams: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const pageRaw = first(searchParams.page);
  const page = pageRaw === undefined ? 1 : /^[1-9][0-9]{0,5}$/.test(pageRaw) ? Number(pageRaw) : NaN;
  const categoryRaw = first(searchParams.category);
  const category = categoryRaw ? parseCategoryParam(categoryRaw) : undefined;
  return { q: first(searchParams.q) ?? '', page, category };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'search' });
  const query = normalizeQuery(readParams(await searchParams).q);
  return {
    title: { absolute: `${query.display ? t('titleWithQuery', { query: query.display }) : t('title')} – ${site.name}` },
    description: t('description'),
    // Result pages are for readers, not for search engines.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'search' });
  const { q, page, category } = readParams(await searchParams);
  // An unknown category is ignored, a page past the last one explained: never an error page.
  const result = await search(locale, q, { category: category ?? undefined, page });
  const inputId = 'search-page-q';
  return (
    <PageShell
      locale={locale}
      alternates={alternatesFor((l) =>
        paths.search(l, result.query.display ? { q: result.query.display, category: category ?? undefined } : {}),
      )}
    >
      <div className="container-page py-10">
        <h1 className="text-4xl font-bold md:text-5xl">{t('title')}</h1>
        {/* an island: results follow the reader's typing (the page keeps its scripts) */}
        <div className="mt-6 max-w-2xl" data-island="live-search">
          <SearchForm locale={locale} id={inputId} defaultValue={result.query.display} size="large" />
          <LiveSearch inputId={inputId} locale={locale} category={category ?? undefined} />
        </div>
        <SearchResults locale={locale} result={result} category={category ?? undefined} latest={getLatest(locale, 6)} />
      </div>
    </PageShell>
  );
}
