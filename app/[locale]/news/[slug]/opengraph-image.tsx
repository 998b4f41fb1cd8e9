import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/params';
import { getStory } from '@/lib/content';
import { formatNewsDate } from '@/lib/format';
import { renderShareImage, shareImageSize, shareImageType } from '@/components/seo/ShareImage';

export const size = shareImageSize;
export const contentType = shareImageType;
export const alt = 'CIVIS';

/** Rendered on first request (a crawler or a social network asking for it), then kept: rendering
 * every story's image at build would cost more than all its pages. */
export function generateStaticParams() {
  return [];
}

/** The article's share image, in the page's language (title of the version the page shows). */
export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await localeParam(params);
  const t = await getTranslations({ locale });
  const story = getStory(locale, slug);
  if (!story) return new Response('Not found', { status: 404 });
  const { version } = story;
  return renderShareImage({
    title: version.title,
    eyebrow: version.category ? t(`categories.${version.category}`) : t('newsroom.title'),
    date: formatNewsDate(version.date, locale),
    lang: version.locale,
    footer: t('site.newsroomName'),
    uiLang: locale,
  });
}
