import { getTranslations } from 'next-intl/server';
import type { Category } from '@/lib/site';
import type { Locale } from '@/lib/i18n/locales';

/** The category, in the page's language (a plain label: the whole card is already a link). */
export async function CategoryLabel({ category, locale }: { category: Category; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'categories' });
  return (
    <span className="font-semibold uppercase tracking-wide text-accent" lang={locale} data-category={category}>
      {t(category)}
    </span>
  );
}
