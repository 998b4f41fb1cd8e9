import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { site } from '@/lib/site';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { Wordmark } from './Wordmark';
import { LanguageSwitcher, type Alternate } from './LanguageSwitcher';
import { SearchForm } from '@/components/search/SearchForm';

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

function Chevron({ className = '' }: { className?: string }) {
  return (
    <svg viewBox="0 0 12 12" className={`h-3 w-3 ${className}`} aria-hidden="true" focusable="false">
      <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/**
 * The site header: skip target, wordmark, primary navigation with sub-menus, language switcher.
 * Sub-menus and the mobile menu are `<details>` disclosures: they work without JavaScript and with
 * the keyboard (Enter or Space on the toggle).
 */
export async function SiteHeader({
  locale,
  alternates,
  showTranslationStatus = false,
}: {
  locale: Locale;
  alternates: Alternate[];
  showTranslationStatus?: boolean;
}) {
  const t = (await getTranslations({ locale })) as unknown as Translate & ((key: string, values?: Record<string, string>) => string);
  return (
    <header role="banner" className="border-b border-line bg-paper">
      <div className="container-page flex items-center justify-between gap-4 py-3">
        <Link href={localePath(locale, '/')} className="flex items-center gap-3 rounded-md" aria-label={t('site.homeLink')}>
          <Wordmark className="h-9 w-auto text-ink md:h-10" />
          <span className="hidden border-l border-line pl-3 text-sm leading-tight text-muted xl:block">{t('site.tagline')}</span>
        </Link>

        <nav aria-label={t('site.primaryNav')} className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {site.navigation.map((item) => (
              <li key={item.label} className="relative flex items-center">
                <Link href={localePath(locale, item.href)} className="rounded-md px-2 py-2 font-semibold hover:bg-surface">
                  {t(item.label)}
                </Link>
                {item.children?.length ? (
                  <details className="group" name="primary-submenu">
                    <summary
                      className="flex h-8 w-7 items-center justify-center rounded-md hover:bg-surface"
                      aria-label={t('site.openSubmenu', { label: t(item.label) })}
                    >
                      <Chevron className="transition-transform group-open:rotate-180" />
                    </summary>
                    <ul className="dropdown left-0 top-full">
                      {item.children.map((child) => (
                        <li key={child.href + child.label}>
                          <Link href={localePath(locale, child.href)} className="block rounded px-3 py-2 hover:bg-surface">
                            {t(child.label)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>

        <div className="flex items-center gap-1">
          <div className="hidden w-52 lg:block xl:w-64">
            <SearchForm locale={locale} id="header-search" />
          </div>
          <LanguageSwitcher locale={locale} alternates={alternates} showStatus={showTranslationStatus} id="language-switcher" />
          <details className="relative lg:hidden" data-testid="mobile-menu">
            <summary className="flex items-center gap-2 rounded-md border border-line px-3 py-2 text-sm font-semibold">
              <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
                <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" />
              </svg>
              {t('site.menu')}
            </summary>
            <div className="dropdown right-0 w-[min(20rem,calc(100vw-2rem))]">
              <div className="mb-2 border-b border-line pb-3">
                <SearchForm locale={locale} id="menu-search" />
              </div>
            <nav aria-label={t('site.primaryNav')}>
              <ul>
                {site.navigation.map((item) => (
                  <li key={item.label} className="border-b border-line py-2 last:border-0">
                    <Link href={localePath(locale, item.href)} className="block rounded px-2 py-1.5 font-semibold">
                      {t(item.label)}
                    </Link>
                    {item.children?.length ? (
                      <ul className="ml-2">
                        {item.children.map((child) => (
                          <li key={child.href + child.label}>
                            <Link href={localePath(locale, child.href)} className="block rounded px-2 py-1.5 text-muted hover:text-ink">
                              {t(child.label)}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            </nav>
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}
