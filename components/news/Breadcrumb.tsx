import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

export type Crumb = { label: string; href?: string; lang?: string };

/** Breadcrumb trail (Newsroom › title); the last item is the current page. */
export async function Breadcrumb({ locale, items }: { locale: Locale; items: Crumb[] }) {
  const t = await getTranslations({ locale, namespace: 'article' });
  return (
    <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, i) => (
          <li key={item.href ?? item.label} className="flex items-center gap-2" lang={item.lang}>
            {i > 0 ? (
              <span aria-hidden="true" className="text-line">
                ›
              </span>
            ) : null}
            {item.href ? (
              <Link href={item.href} className="underline underline-offset-4 hover:text-ink">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="line-clamp-1 text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
