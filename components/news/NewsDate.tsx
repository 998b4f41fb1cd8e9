import type { Locale } from '@/lib/i18n/locales';
import { formatNewsDate } from '@/lib/format';

/** `<time datetime>` with the date written the locale's way, in Brussels time. */
export function NewsDate({ iso, locale, className }: { iso: string; locale: Locale; className?: string }) {
  return (
    <time dateTime={iso} className={className} lang={locale}>
      {formatNewsDate(iso, locale)}
    </time>
  );
}
