import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { site, siteUrl } from '@/lib/site';
import { Document } from '@/components/layout/Document';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// No `dynamicParams = false` here: it would apply to every page below, and stories or newsroom
// pages not rendered at build must render on their first request. Unknown locales get notFound().

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#14131b' },
  ],
};

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale });
  return {
    metadataBase: new URL(siteUrl()),
    // Stories and categories: "Title – Newsroom – CIVIS" in the page's language.
    title: { default: `${t('site.newsroomName')} – ${site.name}`, template: `%s – ${t('newsroom.title')} – ${site.name}` },
    description: t('site.tagline'),
    applicationName: site.name,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <Document locale={locale}>{children as ReactNode}</Document>;
}
