import { getTranslations } from 'next-intl/server';
import { localeNames, type Locale } from '@/lib/i18n/locales';
import { formatNewsDate } from '@/lib/format';

/**
 * Shown on a translation that fell behind its original (lib/content/model.ts: staleOriginal): says
 * when the original changed, in the reader's language, and links to it.
 */
export async function StaleNotice({
  locale,
  original,
  updated,
  href,
}: {
  locale: Locale;
  original: Locale;
  updated: string;
  href: string;
}) {
  const t = await getTranslations({ locale, namespace: 'article' });
  return (
    <aside
      className="mb-8 rounded-md border border-line border-l-4 border-l-accent bg-accent-soft px-4 py-3 text-sm"
      aria-label={t('staleTitle')}
      data-testid="stale-notice"
      data-original={original}
    >
      <p>
        {t.rich('staleNotice', {
          language: () => <span lang={original}>{localeNames[original]}</span>,
          date: formatNewsDate(updated, locale),
        })}{' '}
        <a href={href} hrefLang={original} className="font-semibold text-accent underline underline-offset-4">
          {t('readOriginal')}
        </a>
      </p>
    </aside>
  );
}
