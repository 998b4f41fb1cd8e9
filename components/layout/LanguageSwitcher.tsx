import { getTranslations } from 'next-intl/server';
import { localeNames, type Locale } from '@/lib/i18n/locales';
import type { Alternate } from '@/lib/i18n/alternates';

export type { Alternate };

/**
 * Links to the same page in every locale. A disclosure (`<details>`), so it opens without JavaScript.
 * On an article, each entry says whether that language has a real version.
 */
export async function LanguageSwitcher({
  locale,
  alternates,
  showStatus,
  id,
}: {
  locale: Locale;
  alternates: Alternate[];
  showStatus: boolean;
  id: string;
}) {
  const t = await getTranslations({ locale, namespace: 'languages' });
  return (
    <details className="group relative" data-testid="language-switcher" id={id}>
      <summary
        className="flex items-center gap-1.5 rounded-md px-2 py-2 text-sm font-semibold hover:bg-surface"
        aria-label={`${t('label')}: ${localeNames[locale]}`}
      >
        <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M2 10h16M10 2c2.5 2.6 2.5 13.4 0 16M10 2c-2.5 2.6-2.5 13.4 0 16" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        <span aria-hidden="true">{locale.toUpperCase()}</span>
        <svg viewBox="0 0 12 12" className="h-3 w-3 transition-transform group-open:rotate-180" aria-hidden="true" focusable="false">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </summary>
      <div className="dropdown right-0 w-72">
        <p className="px-2 pb-1 pt-1 text-xs font-semibold uppercase tracking-wide text-muted">{t('switcherTitle')}</p>
        <ul>
          {alternates.map((alt) => (
            <li key={alt.locale}>
              <a
                href={alt.href}
                hrefLang={alt.locale}
                aria-current={alt.locale === locale ? 'true' : undefined}
                data-translated={showStatus ? String(alt.translated) : undefined}
                className="flex items-baseline justify-between gap-3 rounded px-2 py-1.5 hover:bg-surface aria-[current=true]:font-semibold aria-[current=true]:text-accent"
              >
                <span lang={alt.locale}>{localeNames[alt.locale]}</span>
                {showStatus ? (
                  <span className="text-xs text-muted">{alt.translated ? t('translated') : t('notTranslated')}</span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
