import type { CSSProperties, ReactNode } from 'react';
import { preload } from 'react-dom';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { site } from '@/lib/site';
import { SiteFooter } from './SiteFooter';
import { ContentProblems } from './ContentProblems';

/** `<html lang>` and `<body>` with the skip link and the footer: shared by the locale layout and the 404 page. */
export async function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const brand = { '--brand-light': site.accent.light, '--brand-dark': site.accent.dark } as CSSProperties;
  // The text faces this locale needs first (app/fonts.css has them with font-display: optional).
  const subset = locale === 'el' ? 'greek' : 'latin';
  for (const file of [`source-serif-4-${subset}-wght-normal`, `source-sans-3-${subset}-wght-normal`]) {
    preload(`/fonts/${file}.woff2`, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  }
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
