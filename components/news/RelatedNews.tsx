import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ShownStory } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { StoryCard } from './StoryCard';

/** Three related stories and the way into the whole newsroom. */
export async function RelatedNews({ locale, stories }: { locale: Locale; stories: ShownStory[] }) {
  if (!stories.length) return null;
  const t = await getTranslations({ locale, namespace: 'article' });
  return (
    <section aria-labelledby="related-heading" className="no-print mt-16 border-t border-line pt-10" data-testid="related-news">
      <h2 id="related-heading" className="text-2xl font-bold">
        {t('related')}
      </h2>
      <ul className="mt-6 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
        {stories.map((story) => (
          <li key={story.entry.slug}>
            <StoryCard story={story} locale={locale} />
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <Link href={paths.newsroom(locale)} className="font-semibold text-accent underline-offset-4 hover:underline">
          {t('allStories')} <span aria-hidden="true">→</span>
        </Link>
      </p>
    </section>
  );
}
