import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { Alternate } from '@/lib/i18n/alternates';
import { SiteHeader } from './SiteHeader';

/** Header (with this page's language alternates) and the main landmark the skip link targets. */
export function PageShell({
  locale,
  alternates,
  showTranslationStatus,
  children,
}: {
  locale: Locale;
  alternates: Alternate[];
  showTranslationStatus?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} showTranslationStatus={showTranslationStatus} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
    </>
  );
}
