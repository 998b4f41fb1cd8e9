import { useLocale } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { alternatesFor } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { PageShell } from '@/components/layout/PageShell';
import { NotFoundView } from '@/components/layout/NotFoundView';

/** The localized 404 page (status 404), inside the locale's chrome. */
export default function LocaleNotFound() {
  const locale = useLocale() as Locale;
  return (
    <PageShell locale={locale} alternates={alternatesFor(paths.home)}>
      <NotFoundView locale={locale} />
    </PageShell>
  );
}
