import type { Metadata } from 'next';
import { localeParam } from '@/lib/i18n/params';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getHomeStories } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { PageShell } from '@/components/layout/PageShell';
import { LeadStory } from '@/components/news/LeadStory';
import { StoryGrid } from '@/components/news/StoryGrid';
import { CategoryFilter } from '@/components/news/CategoryFilter';
import { homeMetadata } from '@/lib/seo/page-metadata';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  return homeMetadata((await localeParam(params)).locale);
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const { lead, rest } = getHomeStories(locale, 9);
  return (
    <PageShell locale={locale} alternates={alternatesFor(paths.home)}>
      <div className="container-page py-10">
        <header className="mb-10 max-w-3xl">
          <h1 className="text-4xl font-bold md:text-5xl">{t('home.title')}</h1>
          <p className="mt-3 text-lg text-muted">{t('home.intro')}</p>
        </header>
        {lead ? <LeadStory story={lead} locale={locale} /> : null}
        <section aria-labelledby="latest" className="mt-16">
          <div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-line pb-3">
            <h2 id="latest" className="text-2xl font-bold">
              {t('home.latest')}
            </h2>
            <Link href={paths.newsroom(locale)} className="font-semibold text-accent underline-offset-4 hover:underline">
              {t('home.explore')} <span aria-hidden="true">→</span>
            </Link>
          </div>
          <StoryGrid stories={rest} locale={locale} />
        </section>
        <section aria-labelledby="topics" className="mt-16">
          <h2 id="topics" className="text-2xl font-bold">
            {t('home.byCategory')}
          </h2>
          <CategoryFilter locale={locale} />
        </section>
      </div>
    </PageShell>
  );
}
