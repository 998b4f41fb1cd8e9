import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/params';
import { renderShareImage, shareImageSize, shareImageType } from '@/components/seo/ShareImage';

export const size = shareImageSize;
export const contentType = shareImageType;
export const alt = 'CIVIS';

/** Drawn on first request (crawlers and share previews ask for it), then kept by the page cache. */
export function generateStaticParams() {
  return [];
}

/** Share image of the home page, the newsroom, categories and static pages of a locale. */
export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await localeParam(params);
  const t = await getTranslations({ locale });
  return renderShareImage({
    title: t('home.title'),
    eyebrow: t('newsroom.title'),
    lang: locale,
    footer: t('site.newsroomName'),
    uiLang: locale,
  });
}
