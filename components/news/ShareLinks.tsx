import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** Plain share links: nothing is loaded from a network until the reader follows one. */
export function shareTargets(url: string, title: string) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { network: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
  ];
}

export async function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = await getTranslations({ locale, namespace: 'article' });
  const item = 'inline-flex items-center rounded-md border border-line px-3 py-1.5 text-sm hover:border-accent hover:text-accent';
  return (
    <section aria-labelledby="share-heading" className="no-print mt-10 border-t border-line pt-6" lang={locale}>
      <h2 id="share-heading" className="font-sans text-sm font-semibold uppercase tracking-wide text-muted">
        {t('share')}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {shareTargets(url, title).map((s) => (
          <li key={s.network}>
            <a href={s.href} className={item} rel="noopener noreferrer" aria-label={t('shareOn', { network: s.network })}>
              {s.network}
            </a>
          </li>
        ))}
        <li>
          <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`} className={item}>
            {t('shareEmail')}
          </a>
        </li>
      </ul>
    </section>
  );
}
