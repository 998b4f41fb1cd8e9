import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { Category } from '@/lib/site';
import { paths } from '@/lib/i18n/paths';

/** Page numbers to show: first, last, and a window around the current page; `null` is a gap. */
export function pageWindow(page: number, total: number, radius = 1): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= total; p++) {
    if (p === 1 || p === total || Math.abs(p - page) <= radius) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** Pagination as real links (crawlable, no JavaScript). */
export async function Pagination({
  locale,
  page,
  totalPages,
  category,
  href = (p: number) => paths.newsroom(locale, p, category),
  label,
}: {
  locale: Locale;
  page: number;
  totalPages: number;
  category?: Category;
  /** Address of page `p` (the newsroom's by default). */
  href?: (p: number) => string;
  label?: string;
}) {
  if (totalPages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'newsroom' });
  const item = 'inline-flex min-w-10 items-center justify-center rounded-md border border-line px-3 py-2 hover:bg-surface';
  return (
    <nav aria-label={label ?? t('pagination')} className="mt-12 flex flex-col items-center gap-3">
      <p className="text-sm text-muted">{t('pageOf', { page, total: totalPages })}</p>
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={item}>
              <span aria-hidden="true">←&nbsp;</span>
              {t('previousPage')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((p, i) =>
          p === null ? (
            <li key={i === 1 ? 'gap-before' : 'gap-after'} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${item} border-accent bg-accent font-semibold text-accent-ink hover:bg-accent`}>
                  <span className="sr-only">{t('pageN', { page: p })}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <Link href={href(p)} className={item} aria-label={t('pageN', { page: p })}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={item}>
              {t('nextPage')}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
