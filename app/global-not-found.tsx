import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { isLocale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { localeCookieName } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { notFoundMetadata } from '@/lib/seo/page-metadata';
import { Document } from '@/components/layout/Document';
import { PageShell } from '@/components/layout/PageShell';
import { NotFoundView } from '@/components/layout/NotFoundView';
import './globals.css';

/** The reader's language: the one they chose (cookie), else their browser's best. */
async function requestLocale() {
  const chosen = (await cookies()).get(localeCookieName)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale((await headers()).get('accept-language'));
}

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata(await requestLocale());
}

/**
 * The 404 of addresses outside the site's locales (a language it does not serve, a file name at the
 * root), rendered per request in the reader's language inside that locale's chrome, status 404.
 * Unknown addresses under a locale get that locale's 404 (app/[locale]/not-found.tsx).
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
