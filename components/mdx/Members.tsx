import { getTranslations } from 'next-intl/server';
import { site } from '@/lib/site';
import type { Locale } from '@/lib/i18n/locales';

/** `<Members />`: the member universities from the site config, each named in its own language. */
export async function Members({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  return (
    <section aria-labelledby="members" className="not-prose my-8">
      <h2 id="members" lang={locale}>
        {t('members')}
      </h2>
      <ul className="mt-4 grid list-none gap-3 pl-0 font-sans text-base sm:grid-cols-2">
        {site.members.map((m) => (
          <li key={m.name} className="mt-0 rounded-md border border-line p-3">
            <span className="block font-semibold" lang={m.lang}>
              {m.name}
            </span>
            <span className="text-sm text-muted" lang={locale}>
              {regions.of(m.country)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
