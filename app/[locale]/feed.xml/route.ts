import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/params';
import { routing } from '@/lib/i18n/routing';
import { site } from '@/lib/site';
import { getLatest } from '@/lib/content';
import { buildRss, feedSize } from '@/lib/seo/feed';
import { paths } from '@/lib/i18n/paths';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await localeParam(params);
  const t = await getTranslations({ locale });
  const xml = buildRss(locale, getLatest(locale, feedSize), {
    feedPath: paths.feed(locale),
    listingPath: paths.newsroom(locale),
    title: `${t('newsroom.title')} – ${site.name}`,
    description: t('newsroom.description'),
    copyright: t('footer.copyright', { year: new Date().getFullYear(), name: site.name }),
    category: (key) => t(`categories.${key}` as 'categories.general'),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
