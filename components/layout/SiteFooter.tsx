import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { site, type NavLink } from '@/lib/site';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { Wordmark } from './Wordmark';

function isExternal(href: string) {
  return /^https?:\/\//.test(href);
}

function FooterLink({ locale, link, label }: { locale: Locale; link: NavLink; label: string }) {
  const cls = 'underline-offset-4 hover:underline';
  return isExternal(link.href) ? (
    <a href={link.href} className={cls} rel="noopener">
      {label}
    </a>
  ) : (
    <Link href={localePath(locale, link.href)} className={cls} prefetch={false}>
      {label}
    </Link>
  );
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

function FooterLinks({
  id,
  title,
  links,
  locale,
  t,
}: {
  id: string;
  title: string;
  links: readonly NavLink[];
  locale: Locale;
  t: Translate;
}) {
  return (
    <nav aria-labelledby={id}>
      <h2 id={id} className="mb-3 font-sans text-base font-semibold">
        {title}
      </h2>
      <ul className="space-y-2">
        {links.map((link) => (
          <li key={link.label}>
            <FooterLink locale={locale} link={link} label={t(link.label)} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Footer: audience links, useful links, newsletter, social networks, EU co-funding, legal. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = (await getTranslations({ locale })) as unknown as Translate;
  const year = new Date().getFullYear();
  return (
    <footer role="contentinfo" className="mt-20 border-t border-line bg-surface text-sm">
      <div className="container-page grid gap-10 py-12 md:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-4">
          <Wordmark className="h-9 w-auto text-ink" />
          <p className="text-muted">{t('site.tagline')}</p>
          <div className="rounded-md border border-line bg-paper p-4">
            <p className="font-semibold">{t('footer.cofunded')}</p>
            <p className="mt-2 text-xs leading-relaxed text-muted">{t('footer.disclaimer')}</p>
          </div>
        </div>
        <FooterLinks id="footer-people" title={t('footer.people')} links={site.footer.audiences} locale={locale} t={t} />
        <FooterLinks id="footer-useful" title={t('footer.useful')} links={site.footer.useful} locale={locale} t={t} />
        <div className="space-y-6">
          <section aria-labelledby="footer-newsletter">
            <h2 id="footer-newsletter" className="mb-2 font-sans text-base font-semibold">
              {t('footer.newsletterTitle')}
            </h2>
            <p className="mb-3 text-muted">{t('footer.newsletterText')}</p>
            <Link
              href={localePath(locale, site.footer.newsletter.href)}
              prefetch={false}
              className="inline-block rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink hover:opacity-90"
            >
              {t(site.footer.newsletter.label)}
            </Link>
          </section>
          <nav aria-labelledby="footer-social">
            <h2 id="footer-social" className="mb-2 font-sans text-base font-semibold">
              {t('footer.social')}
            </h2>
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              {site.social.map((s) => (
                <li key={s.name}>
                  <a href={s.href} rel="noopener me" className="underline-offset-4 hover:underline">
                    {s.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
      <div className="border-t border-line">
        <div className="container-page flex flex-col gap-3 py-5 text-muted md:flex-row md:items-center md:justify-between">
          <p>{t('footer.copyright', { year, name: site.name })}</p>
          <nav aria-label={t('footer.legal')}>
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {site.footer.legal.map((link) => (
                <li key={link.label}>
                  <FooterLink locale={locale} link={link} label={t(link.label)} />
                </li>
              ))}
              <li>
                <a href="#top" className="underline-offset-4 hover:underline">
                  {t('site.backToTop')}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}
