import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ShownStory } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

/**
 * Links to the next older and next newer story in the newsroom; like cards, each says in which
 * language its story is when that is not the page's (the reader's has no version of it).
 */
export async function StoryNav({ locale, older, newer }: { locale: Locale; older?: ShownStory; newer?: ShownStory }) {
  if (!older && !newer) return null;
  const t = await getTranslations({ locale });
  const box = 'flex h-full flex-col gap-1 rounded-md border border-line p-4 hover:border-accent';
  const tag = (story: ShownStory, className = '') =>
    story.isFallback ? (
      <span className={`self-start rounded border border-line px-1.5 py-0.5 text-xs text-muted ${className}`} data-testid="language-tag">
        {t('card.languageTag', { language: t(`languages.${story.version.locale}`) })}
      </span>
    ) : null;
  return (
    <nav aria-label={t('article.storyNav')} className="no-print mt-12">
      <ul className="grid gap-4 md:grid-cols-2">
        <li>
          {older ? (
            <Link href={paths.story(locale, older.version.slug)} rel="prev" className={box} data-testid="older-story">
              <span className="text-sm text-muted">
                <span aria-hidden="true">← </span>
                {t('article.previous')}
              </span>
              {tag(older)}
              <span className="font-serif text-lg font-semibold" lang={older.version.locale}>
                {older.version.title}
              </span>
            </Link>
          ) : null}
        </li>
        <li>
          {newer ? (
            <Link href={paths.story(locale, newer.version.slug)} rel="next" className={`${box} md:text-right`} data-testid="newer-story">
              <span className="text-sm text-muted">
                {t('article.next')}
                <span aria-hidden="true"> →</span>
              </span>
              {tag(newer, 'md:self-end')}
              <span className="font-serif text-lg font-semibold" lang={newer.version.locale}>
                {newer.version.title}
              </span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
