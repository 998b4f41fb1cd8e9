import { getTranslations } from 'next-intl/server';
import { localeNames, type Locale } from '@/lib/i18n/locales';

/**
 * Shown when the reader's language has no version: says so in the reader's language, names the
 * language shown, and links to every real version. It prints too (with the versions' addresses), so
 * that a printed page still says which language it shows.
 */
export async function FallbackNotice({
  locale,
  shown,
  versions,
  kind = 'article',
}: {
  locale: Locale;
  shown: Locale;
  versions: { locale: Locale; href: string }[];
  kind?: 'article' | 'page';
}) {
  const t = await getTranslations({ locale });
  return (
    <aside
      className="print-links mb-8 rounded-md border border-line border-l-4 border-l-accent bg-accent-soft px-4 py-3 text-sm"
      aria-label={t('article.fallbackTitle')}
      data-testid="fallback-notice"
      data-shown={shown}
    >
      <p>
        <strong className="font-semibold">{t(kind === 'page' ? 'page.fallbackNotice' : 'article.fallbackNotice')}</strong>{' '}
        {t('article.fallbackShown', { language: t(`languages.${shown}`) })}
      </p>
      <p className="mt-1">
        {t('article.otherVersions')}{' '}
        {versions.map((v, i) => (
          <span key={v.locale}>
            {i > 0 ? ' · ' : null}
            <a href={v.href} hrefLang={v.locale} lang={v.locale} className="font-semibold text-accent underline underline-offset-4">
              {localeNames[v.locale]}
            </a>
          </span>
        ))}
      </p>
    </aside>
  );
}
