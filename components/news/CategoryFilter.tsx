import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { categories, type Category } from '@/lib/site';
import { paths } from '@/lib/i18n/paths';

const pill =
  'inline-block rounded-full border border-line px-3 py-1.5 text-sm hover:border-accent aria-[current=true]:border-accent aria-[current=true]:bg-accent aria-[current=true]:text-accent-ink';

/**
 * Category filter as links, "All" first: by default to each category's own crawlable listing; the
 * search page passes `href` and `label` to filter its results the same way.
 */
export async function CategoryFilter({
  locale,
  active,
  href = (c) => paths.newsroom(locale, 1, c),
  label,
}: {
  locale: Locale;
  active?: Category | 'all';
  href?: (category?: Category) => string;
  label?: string;
}) {
  const t = await getTranslations({ locale });
  return (
    <nav aria-label={label ?? t('newsroom.filterLabel')} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {[undefined, ...categories].map((c) => (
          <li key={c ?? 'all'}>
            <Link href={href(c)} aria-current={(c ?? 'all') === active ? 'true' : undefined} className={pill}>
              {c ? t(`categories.${c}`) : t('newsroom.all')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
