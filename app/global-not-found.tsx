import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { isLocale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { localeHeader } from '@/lib/i18n/locale-path';
import { alternatesFor } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { notFoundMetadata } from '@/lib/seo/page-metadata';
import { Document } from '@/components/layout/Document';
import { PageShell } from '@/components/layout/PageShell';
import { NotFoundView } from '@/components/layout/NotFoundView';
import './globals.css';

async function requestLocale() {
  const h = await headers();
  const fromUrl = h.get(localeHeader);
  return isLocale(fromUrl) ? fromUrl : negotiateLocale(h.get('accept-language'));
}

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata(await requestLocale());
}

/**
 * Every 404 the server answers (unknown slug, page number, category, path, or a locale we do not
 * serve) is rendered per request in the locale of the URL (or the reader's best locale when the URL
 * has none), inside that locale's chrome, with status 404.
 */
export default async function GlobalNotFound() {
  const locale = await requestLocale();
  return (
    <Document locale={locale}>
      <PageShell locale={locale} alternates={alternatesFor(paths.home)}>
        <NotFoundView locale={locale} />
      </PageShell>
    </Document>
  );
}
