import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { categories } from '@/lib/site';

/** `<Feeds />` in a page: the newsroom's RSS feeds in the reader's language, all news and each category. */
export async function Feeds({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <ul data-testid="feeds">
      <li>
        <a href={paths.feed(locale)} type="application/rss+xml">
          {t('feeds.all')}
        </a>
      </li>
      {categories.map((c) => (
        <li key={c}>
          <a href={paths.feed(locale, c)} type="application/rss+xml">
            {t('feeds.category', { category: t(`categories.${c}`) })}
          </a>
        </li>
      ))}
    </ul>
  );
}
