import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { site, siteUrl, type NavLink } from '@/lib/site';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { Wordmark } from './Wordmark';
import { LanguageSwitcher, type Alternate } from './LanguageSwitcher';
import { MenuButton, MenuChevron, MenuPanel } from './Menu';
import { SearchForm } from '@/components/search/SearchForm';

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

/** A CSS string literal holding `value` (escaped, and safe inside a `<style>` element). */
function cssString(value: string) {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** A section's links (a sub-menu on wide screens, an indented list in the mobile menu). */
function SectionLinks({
  locale,
  links,
  t,
  className,
  linkClassName,
}: {
  locale: Locale;
  links: NavLink[];
  t: (key: string) => string;
  className?: string;
  linkClassName: string;
}) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href + link.label}>
          <Link href={localePath(locale, link.href)} className={linkClassName}>
            {t(link.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The site header: skip target, wordmark, primary navigation with sub-menus, language switcher.
 * Sub-menus, the language switcher and the mobile menu are popovers (./Menu.tsx): they work
 * without JavaScript and with the keyboard (Enter or Space on the toggle, Escape to close), and
 * only one is open at a time.
 *
 * It also gives the stylesheet the site's origin (`--site-origin`), so that printed articles show
 * internal links as absolute URLs (the `@media print` rules in app/globals.css).
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
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: the banner landmark, named for the print stylesheet too (app/globals.css)
    <header role="banner" className="border-b border-line bg-paper">
      <style href="site-origin" precedence="default">{`:root{--site-origin:${cssString(siteUrl())}}`}</style>
      <div className="container-page flex items-center justify-between gap-4 py-3">
        {/* Named by its content (label in name, WCAG 2.5.3): "CIVIS home page", then the tagline where it shows. */}
        <Link href={localePath(locale, '/')} className="flex items-center gap-3 rounded-md">
          <Wordmark className="h-9 w-auto text-ink md:h-10 lg:shrink-0" />
          <span className="sr-only">{t('site.homeLink')}</span>
          <span className="hidden border-l border-line pl-3 text-sm leading-tight text-muted xl:block">{t('site.tagline')}</span>
        </Link>

        <nav aria-label={t('site.primaryNav')} className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {site.navigation.map((item) => {
              const key = item.label.replace(/^nav\./, '');
              return (
                <li key={item.label} className="menu menu-anchor flex items-center">
                  <Link
                    href={localePath(locale, item.href)}
                    className="whitespace-nowrap rounded-md px-2 py-2 font-semibold hover:bg-surface"
                  >
                    {t(item.label)}
                  </Link>
                  {item.children?.length ? (
                    <>
                      <MenuButton
                        panel={`submenu-${key}`}
                        className="flex h-8 w-7 shrink-0 items-center justify-center rounded-md hover:bg-surface"
                        label={t('site.openSubmenu', { label: t(item.label) })}
                      >
                        <MenuChevron />
                      </MenuButton>
                      <MenuPanel id={`submenu-${key}`} align="start" width="narrow">
                        <SectionLinks
                          locale={locale}
                          links={item.children}
                          t={t}
                          linkClassName="block rounded px-3 py-2 hover:bg-surface"
                        />
                      </MenuPanel>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </nav>

        <div className="flex items-center gap-1">
          <div className="hidden w-52 lg:block xl:w-64">
            <SearchForm locale={locale} id="header-search" />
          </div>
          <LanguageSwitcher locale={locale} alternates={alternates} showStatus={showTranslationStatus} id="language-switcher" />
          <div className="menu lg:hidden" data-testid="mobile-menu">
            <MenuButton
              panel="mobile-menu-panel"
              anchor
              className="flex shrink-0 items-center gap-2 whitespace-nowrap rounded-md border border-line px-3 py-2 text-sm font-semibold"
            >
              <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
                <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" />
              </svg>
              {t('site.menu')}
            </MenuButton>
            <MenuPanel id="mobile-menu-panel" align="end" width="wide">
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
                        <SectionLinks
                          locale={locale}
                          links={item.children}
                          t={t}
                          className="ml-2"
                          linkClassName="block rounded px-2 py-1.5 text-muted hover:text-ink"
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </nav>
            </MenuPanel>
          </div>
        </div>
      </div>
    </header>
  );
}
