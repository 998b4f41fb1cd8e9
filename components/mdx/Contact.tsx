import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { localized, site } from '@/lib/site';

/** `<Contact />` in a page: the alliance's contact form (and its address, when it publishes one), from lib/site.ts. */
export async function Contact({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'contact' });
  const { email } = site.contact;
  return (
    <>
      <a href={localized(site.contact.form, locale)} rel="noopener" data-testid="contact-form">
        {t('form')}
      </a>
      {email ? (
        <>
          {` ${t('or')} `}
          <a href={`mailto:${email}`}>{email}</a>
        </>
      ) : null}
    </>
  );
}

/** `<Newsletter />` in a page: the alliance's newsletter sign-up, from lib/site.ts. */
export async function Newsletter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'contact' });
  return (
    <a href={localized(site.newsletter.signup, locale)} rel="noopener" data-testid="newsletter-signup">
      {t('newsletter')}
    </a>
  );
}
