import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { isLocale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { localeCookieName } from '@/lib/i18n/routing';
import { notFoundLocaleHeader } from '@/lib/server/unknown-address';
import { alternatesFor } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { notFoundMetadata } from '@/lib/seo/page-metadata';
import { Document } from '@/components/layout/Document';
import { PageShell } from '@/components/layout/PageShell';
import { NotFoundView } from '@/components/layout/NotFoundView';
import './globals.css';

/**
 * The language of the 404: the address's, as the proxy found it (lib/server/unknown-address.ts),
 * else the one the reader chose (cookie), else their browser's best.
 */
async function requestLocale() {
  const named = (await headers()).get(notFoundLocaleHeader);
  if (isLocale(named)) return named;
  const chosen = (await cookies()).get(localeCookieName)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale((await headers()).get('accept-language'));
}

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata(await requestLocale());
}

/**
 * The 404 of every address that names nothing (sent here by the proxy, or matched by no route),
 * rendered per request inside the chrome of its language, status 404.
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
