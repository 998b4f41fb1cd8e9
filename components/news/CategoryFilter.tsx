import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { categories, type Category } from '@/lib/site';
import { paths } from '@/lib/i18n/paths';

/** Category filter as links: each category has its own crawlable page. */
export async function CategoryFilter({ locale, active }: { locale: Locale; active?: Category | 'all' }) {
  const t = await getTranslations({ locale });
  const pill =
    'inline-block rounded-full border px-3 py-1.5 text-sm hover:border-accent aria-[current=true]:border-accent aria-[current=true]:bg-accent aria-[current=true]:text-accent-ink';
  return (
    <nav aria-label={t('newsroom.filterLabel')} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={paths.newsroom(locale)} aria-current={active === 'all' ? 'true' : undefined} className={`${pill} border-line`}>
            {t('newsroom.all')}
          </Link>
        </li>
        {categories.map((c) => (
          <li key={c}>
            <Link
              href={paths.newsroom(locale, 1, c)}
              aria-current={active === c ? 'true' : undefined}
              className={`${pill} border-line`}
            >
              {t(`categories.${c}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
