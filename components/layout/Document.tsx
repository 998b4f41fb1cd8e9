import type { CSSProperties, ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { preloadFonts } from '@/lib/fonts/preload';
import { site } from '@/lib/site';
import { SiteFooter } from './SiteFooter';
import { ContentProblems } from './ContentProblems';

/** `<html lang>` and `<body>` with the skip link and the footer: shared by the locale layout and the 404 page. */
export async function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const brand = { '--brand-light': site.accent.light, '--brand-dark': site.accent.dark } as CSSProperties;
  // The font files this locale's text needs first, in both families (lib/fonts/preload.ts).
  preloadFonts(locale);
  return (
    <html lang={locale} dir="ltr" style={brand} id="top">
      <body className="flex min-h-screen flex-col antialiased">
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <ContentProblems locale={locale} />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
