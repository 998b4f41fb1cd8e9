import { getTranslations } from 'next-intl/server';
import { localeNames, type Locale } from '@/lib/i18n/locales';
import type { Alternate } from '@/lib/i18n/alternates';
import { MenuButton, MenuChevron, MenuPanel } from './Menu';

export type { Alternate };

/**
 * An alternate as the switcher reads it: `original` (when given) says whether that locale's
 * version is the original (no `translatedFrom`) rather than a translation of another.
 */
type SwitcherAlternate = Alternate & { original?: boolean };

/** What the switcher says of a locale's version. */
type VersionStatus = 'original' | 'translation' | 'available' | 'missing';

function statusOf(alt: SwitcherAlternate): VersionStatus {
  if (!alt.translated) return 'missing';
  // Without `original`, the switcher cannot tell an original from a translation: it says neither.
  if (alt.original === undefined) return 'available';
  return alt.original ? 'original' : 'translation';
}

const statusKey = { original: 'original', translation: 'translated', available: 'available', missing: 'notTranslated' } as const;

/**
 * Links to the same page in every locale, in a popover (./Menu.tsx), so it opens without
 * JavaScript. On an article, each entry says whether that language's version is the original, a
 * translation, or not there yet.
 *
 * The button shows the locale's code ("EN"); its accessible name starts with that code (label in
 * name, WCAG 2.5.3) and goes on, visually hidden, with "Language: English".
 */
export async function LanguageSwitcher({
  locale,
  alternates,
  showStatus,
  id,
}: {
  locale: Locale;
  alternates: SwitcherAlternate[];
  showStatus: boolean;
  id: string;
}) {
  const t = await getTranslations({ locale, namespace: 'languages' });
  const panel = `${id}-panel`;
  return (
    <div className="menu" data-testid="language-switcher" id={id}>
      <MenuButton
        panel={panel}
        anchor
        className="flex shrink-0 items-center gap-1.5 rounded-md px-2 py-2 text-sm font-semibold hover:bg-surface"
      >
        <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M2 10h16M10 2c2.5 2.6 2.5 13.4 0 16M10 2c-2.5 2.6-2.5 13.4 0 16" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        <span>{locale.toUpperCase()}</span>
        <span className="sr-only">
          {' '}
          ({t('label')}: {localeNames[locale]})
        </span>
        <MenuChevron />
      </MenuButton>
      <MenuPanel id={panel} align="end" width="medium">
        <p className="px-2 pb-1 pt-1 text-xs font-semibold uppercase tracking-wide text-muted">{t('switcherTitle')}</p>
        <ul>
          {alternates.map((alt) => {
            const status = statusOf(alt);
            return (
              <li key={alt.locale}>
                <a
                  href={alt.href}
                  hrefLang={alt.locale}
                  aria-current={alt.locale === locale ? 'true' : undefined}
                  data-translated={showStatus ? String(alt.translated) : undefined}
                  data-version={showStatus ? status : undefined}
                  className="flex items-baseline justify-between gap-3 rounded px-2 py-1.5 hover:bg-surface aria-[current=true]:font-semibold aria-[current=true]:text-accent"
                >
                  <span lang={alt.locale}>{localeNames[alt.locale]}</span>
                  {showStatus ? <span className="text-right text-xs text-muted">{t(statusKey[status])}</span> : null}
                </a>
              </li>
            );
          })}
        </ul>
      </MenuPanel>
    </div>
  );
}
