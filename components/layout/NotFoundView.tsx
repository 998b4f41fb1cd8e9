import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <div className="container-page py-20" data-testid="not-found">
      <p className="font-serif text-7xl font-bold text-accent" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-4xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-xl text-lg text-muted">{t('text')}</p>
      <ul className="mt-8 flex flex-wrap gap-4">
        <li>
          <Link href={paths.home(locale)} className="inline-block rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink">
            {t('home')}
          </Link>
        </li>
        <li>
          <Link href={paths.newsroom(locale)} className="inline-block rounded-md border border-line px-4 py-2 font-semibold">
            {t('newsroom')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
